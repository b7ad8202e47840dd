using CsCheck;

namespace TescForce.IntegrationTests.Security.Fuzzing;

/// <summary>
/// Feeds a target inputs drawn from a CsCheck generator, one after the other (the database checks count rows between inputs), and
/// counts those it did not handle as it should. An input the check throws on is a failure too: the harness never stops at the first.
/// CsCheck's own samplers stop and shrink at the first failure; here every failure of a long run is counted, and the seed replays it.
/// </summary>
public static class Fuzzer
{
    /// <param name="check">Null when the input was handled as it should be, else what went wrong; it may tally outcomes on the report.</param>
    /// <param name="every">Called before each block of <paramref name="block"/> inputs (a fresh database for the next block).</param>
    public static async Task<FuzzReport> RunAsync<T>(string target, Gen<T> inputs, int count, Func<T, FuzzReport, Task<string?>> check,
        Func<Task>? every = null, int block = int.MaxValue)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        ArgumentNullException.ThrowIfNull(check);
        var seed = FuzzBudget.Seed();
        var random = new PCG(1, seed);
        var report = new FuzzReport(target, seed);
        for (var i = 0; i < count; i++)
        {
            if (every is not null && i % block == 0 && i > 0)
            {
                await every();
            }

            var input = inputs.Generate(random, null, out _);
            string? failure;
            try
            {
                failure = await check(input, report);
            }
            catch (Exception exception)
            {
                failure = $"unhandled {exception.GetType().Name}: {exception.Message}";
            }

            report.Record(input?.ToString() ?? "", failure);
        }

        return report;
    }
}
