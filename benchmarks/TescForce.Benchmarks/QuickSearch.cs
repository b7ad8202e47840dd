using System.Diagnostics;
using System.Globalization;
using TescForce.Application.Skills.Search;
using TescForce.UnitTests.Skills;

namespace TescForce.Benchmarks;

/// <summary>
/// <c>quick-search [--rounds N] [--show]</c>: builds the search index from the real catalogue, runs every
/// query of <see cref="SkillSearchQueries"/> many times after a warm-up and prints the latency
/// percentiles of a single search. <c>--show</c> also prints the top three hits of each query.
/// </summary>
public static class QuickSearch
{
    public static int Run(string[] args)
    {
        var rounds = 300;
        var show = false;
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] == "--show")
            {
                show = true;
            }
            else if (args[i] == "--rounds" && i + 1 < args.Length && int.TryParse(args[i + 1], CultureInfo.InvariantCulture, out var r) && r > 0)
            {
                rounds = r;
                i++;
            }
        }

        var clock = Stopwatch.StartNew();
        var catalogue = EscoSearchCatalogue.Load();
        var loadMs = clock.Elapsed.TotalMilliseconds;

        clock.Restart();
        var index = SkillSearchIndex.Build(catalogue.Documents);
        var firstBuildMs = clock.Elapsed.TotalMilliseconds;

        var builds = new double[5];
        for (var i = 0; i < builds.Length; i++)
        {
            clock.Restart();
            index = SkillSearchIndex.Build(catalogue.Documents);
            builds[i] = clock.Elapsed.TotalMilliseconds;
        }

        Array.Sort(builds);
        var queries = SkillSearchQueries.All;

        // Warm-up: JIT, tiered compilation (give the tier-1 recompilation time to land), caches.
        var warmUp = Stopwatch.StartNew();
        for (var round = 0; round < 50 || warmUp.Elapsed < TimeSpan.FromSeconds(1); round++)
        {
            foreach (var query in queries)
            {
                index.Search(query);
            }
        }

        var samples = new double[rounds * queries.Count];
        var perQuery = new double[queries.Count];
        var n = 0;
        for (var round = 0; round < rounds; round++)
        {
            for (var q = 0; q < queries.Count; q++)
            {
                var start = Stopwatch.GetTimestamp();
                index.Search(queries[q]);
                var elapsed = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
                samples[n++] = elapsed;
                perQuery[q] += elapsed;
            }
        }

        Array.Sort(samples);
        Console.WriteLine(Invariant(
            $"index skills={index.SkillCount} labels={index.LabelCount} words={index.WordCount} load_ms={loadMs:0.0} first_build_ms={firstBuildMs:0.0} build_ms={builds[builds.Length / 2]:0.0}"));
        Console.WriteLine(Invariant(
            $"search labels={index.LabelCount} queries={queries.Count} samples={samples.Length} p50_ms={Percentile(samples, 0.50):0.000} p95_ms={Percentile(samples, 0.95):0.000} p99_ms={Percentile(samples, 0.99):0.000} max_ms={samples[^1]:0.000}"));

        if (show)
        {
            for (var q = 0; q < queries.Count; q++)
            {
                var hits = index.Search(queries[q], 3, "fr");
                Console.WriteLine(Invariant($"{queries[q],-22} {perQuery[q] / rounds,6:0.000} ms → ")
                    + string.Join(" | ", hits.Select(h => Invariant($"{h.MatchedLabel} [{h.Kind} {h.Score:0.000}]"))));
            }
        }

        return 0;
    }

    private static double Percentile(double[] sorted, double p) =>
        sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Length) - 1, 0, sorted.Length - 1)];

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
