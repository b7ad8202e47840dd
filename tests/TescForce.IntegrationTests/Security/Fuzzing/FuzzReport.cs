using System.Diagnostics;
using System.Text;
using Xunit.Abstractions;

namespace TescForce.IntegrationTests.Security.Fuzzing;

/// <summary>
/// What one fuzz target tried: the inputs, the failures (an exception, a 500, a write by a refused input) with the first few
/// inputs that failed, and the time taken. The summary line (<c>fuzz: N inputs, F failures</c>) goes to the test output.
/// </summary>
public sealed class FuzzReport(string target, ulong seed)
{
    private const int KeptFailures = 5;
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly List<string> _failures = [];
    private readonly SortedDictionary<string, int> _outcomes = new(StringComparer.Ordinal);

    public int Inputs { get; private set; }

    public int Failures { get; private set; }

    /// <summary>Counts one input; <paramref name="failure"/> is null when the input was handled as it should be.</summary>
    public void Record(string input, string? failure)
    {
        Inputs++;
        if (failure is null)
        {
            return;
        }

        Failures++;
        if (_failures.Count < KeptFailures)
        {
            _failures.Add($"{failure}\n    input: {Printable(input)}");
        }
    }

    /// <summary>Counts how an input was handled (refused, committed, a status code), to show that the inputs reach deep enough.</summary>
    public void Tally(string outcome) => _outcomes[outcome] = _outcomes.GetValueOrDefault(outcome) + 1;

    public string Summary() =>
        $"fuzz {target}: {Inputs:N0} inputs, {Failures:N0} failures in {_clock.Elapsed.TotalSeconds:N1} s "
        + $"({Inputs / Math.Max(_clock.Elapsed.TotalSeconds, 0.001):N0}/s), seed {seed}; "
        + string.Join(", ", _outcomes.Select(o => $"{o.Key} {o.Value:N0}"));

    /// <summary>Writes the summary and fails with the first failures when there were any.</summary>
    public void Conclude(ITestOutputHelper output)
    {
        ArgumentNullException.ThrowIfNull(output);
        output.WriteLine(Summary());
        if (Failures > 0)
        {
            throw new Xunit.Sdk.XunitException($"{Summary()}\n{string.Join("\n", _failures)}\nReplay with {FuzzBudget.SeedVariable}={seed}.");
        }
    }

    /// <summary>An input as text a person can read: control characters, lone surrogates and long runs escaped or cut.</summary>
    public static string Printable(string input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var text = new StringBuilder();
        foreach (var c in input.Length > 600 ? input[..300] + "…" + input[^300..] : input)
        {
            text.Append(char.IsControl(c) || char.IsSurrogate(c) ? $"\\u{(int)c:x4}" : c.ToString());
        }

        return input.Length > 600 ? $"({input.Length:N0} chars) {text}" : text.ToString();
    }

    /// <summary>Bytes as text: UTF-8 where it decodes, the rest shown as replacement characters.</summary>
    public static string Printable(byte[] input) => Printable(Encoding.UTF8.GetString(input ?? []));
}
