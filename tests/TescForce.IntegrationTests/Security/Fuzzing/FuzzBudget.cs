using System.Globalization;

namespace TescForce.IntegrationTests.Security.Fuzzing;

/// <summary>
/// How many inputs each fuzz target tries. The regular suite tries a few hundred to a few thousand per target and provider;
/// <c>TESCFORCE_FUZZ_INPUTS=40000</c> makes each target try that many (the long run, see README "Fuzzing");
/// <c>TESCFORCE_FUZZ_SEED</c> replays a run: every summary line prints the seed it used.
/// </summary>
public static class FuzzBudget
{
    public const string InputsVariable = "TESCFORCE_FUZZ_INPUTS";
    public const string SeedVariable = "TESCFORCE_FUZZ_SEED";

    /// <summary>Settings of the app under fuzzing: the rate limit lifted, the fuzzer calls far more often than a key may.</summary>
    public static readonly IReadOnlyDictionary<string, string?> UnlimitedApi = new Dictionary<string, string?> { ["Api:RateLimitPermits"] = "1000000000" };

    /// <summary>The inputs of one target: the environment's count, else the regular suite's <paramref name="regular"/>.</summary>
    public static int Inputs(int regular) =>
        int.TryParse(Environment.GetEnvironmentVariable(InputsVariable), NumberStyles.None, CultureInfo.InvariantCulture, out var inputs) && inputs > 0
            ? inputs
            : regular;

    /// <summary>The seed of the random generator: the environment's, else a new one (printed, so that a failure can be replayed).</summary>
    public static ulong Seed() =>
        ulong.TryParse(Environment.GetEnvironmentVariable(SeedVariable), NumberStyles.None, CultureInfo.InvariantCulture, out var seed)
            ? seed
            : (ulong)Random.Shared.NextInt64();
}
