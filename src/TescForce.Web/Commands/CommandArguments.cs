using System.Globalization;

namespace TescForce.Web.Commands;

/// <summary>
/// The options after a command's name, checked against what the command declares: <c>--name value</c>,
/// <c>--name=value</c> and flags. Unknown options, repeated options, stray words and missing values are
/// refused with a <see cref="CommandLineException"/> that says which.
/// </summary>
public sealed class CommandArguments
{
    public const string Verbose = "verbose";
    public const string Help = "help";

    /// <summary>Accepted by every command: <c>--verbose</c> (logs and stack traces), <c>--help</c> (its usage).</summary>
    public static IReadOnlyList<CommandOption> GlobalOptions { get; } =
    [
        new(Verbose, null, "show the application's log and, on failure, the stack trace"),
        new(Help, null, "show the command's options and do nothing"),
    ];

    private readonly Dictionary<string, string?> _values;

    private CommandArguments(string command, Dictionary<string, string?> values)
    {
        Command = command;
        _values = values;
    }

    public string Command { get; }

    public bool IsVerbose => Has(Verbose);

    public static CommandArguments Parse(string command, IReadOnlyList<string> args, IReadOnlyList<CommandOption> options)
    {
        var known = options.Concat(GlobalOptions).ToDictionary(o => o.Name, StringComparer.Ordinal);
        var values = new Dictionary<string, string?>(StringComparer.Ordinal);
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            if (!arg.StartsWith("--", StringComparison.Ordinal) || arg.Length == 2)
            {
                throw new CommandLineException($"{command}: unexpected argument '{arg}' (options start with --; see 'help {command}').");
            }

            var separator = arg.IndexOf('=', StringComparison.Ordinal);
            var name = separator < 0 ? arg[2..] : arg[2..separator];
            if (!known.TryGetValue(name, out var option))
            {
                throw new CommandLineException($"{command}: unknown option --{name} (see 'help {command}').");
            }

            if (values.ContainsKey(name))
            {
                throw new CommandLineException($"{command}: --{name} is given more than once.");
            }

            string? value = null;
            if (option.IsFlag)
            {
                if (separator >= 0)
                {
                    throw new CommandLineException($"{command}: --{name} takes no value.");
                }
            }
            else if (separator >= 0)
            {
                value = arg[(separator + 1)..];
            }
            else if (i + 1 < args.Count && !args[i + 1].StartsWith("--", StringComparison.Ordinal))
            {
                value = args[++i];
            }

            if (!option.IsFlag && string.IsNullOrWhiteSpace(value))
            {
                throw new CommandLineException($"{command}: --{name} needs a value ({option.Usage}).");
            }

            values[name] = value;
        }

        var parsed = new CommandArguments(command, values);
        if (!parsed.Has(Help))
        {
            foreach (var missing in options.Where(o => o.Required && !values.ContainsKey(o.Name)))
            {
                throw new CommandLineException($"{command}: {missing.Usage} is required.");
            }
        }

        return parsed;
    }

    public bool Has(string name) => _values.ContainsKey(name);

    public string? Value(string name) => _values.GetValueOrDefault(name);

    /// <summary>The option's whole number, or <paramref name="fallback"/> when it is not given.</summary>
    public int WholeNumber(string name, int fallback, int minimum)
    {
        if (Value(name) is not { } text)
        {
            return fallback;
        }

        if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) || value < minimum)
        {
            throw new CommandLineException($"{Command}: --{name} must be a whole number of at least {minimum}, not '{text}'.");
        }

        return value;
    }
}
