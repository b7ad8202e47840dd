using System.Globalization;

namespace TescForce.Benchmarks.Load;

/// <summary>
/// The <c>--name value</c> options of the load modes: each known name takes one value; anything else is refused with
/// the reason on the error output, so that a typo in the load script stops it rather than measuring the defaults.
/// </summary>
internal sealed class LoadArguments
{
    private readonly Dictionary<string, string> _values = new(StringComparer.Ordinal);

    private LoadArguments()
    {
    }

    public static LoadArguments? Parse(string mode, string[] args, params string[] known)
    {
        var parsed = new LoadArguments();
        for (var i = 0; i < args.Length; i++)
        {
            if (!known.Contains(args[i], StringComparer.Ordinal))
            {
                Console.Error.WriteLine($"{mode}: unknown option {args[i]} (known: {string.Join(' ', known)})");
                return null;
            }

            if (i + 1 >= args.Length)
            {
                Console.Error.WriteLine($"{mode}: {args[i]} needs a value.");
                return null;
            }

            parsed._values[args[i]] = args[++i];
        }

        return parsed;
    }

    public string? Text(string name) => _values.GetValueOrDefault(name);

    public int Number(string name, int fallback) =>
        _values.TryGetValue(name, out var value) ? int.Parse(value, CultureInfo.InvariantCulture) : fallback;

    public double Seconds(string name, double fallback) =>
        _values.TryGetValue(name, out var value) ? double.Parse(value, CultureInfo.InvariantCulture) : fallback;
}
