using System.Diagnostics;
using System.Globalization;
using TescForce.Matching;
using TescForce.Matching.Profiles;
using TescForce.Matching.Queries;
using TescForce.Matching.Taxonomy;

namespace TescForce.Benchmarks.Matching;

/// <summary>
/// <c>quick [--sizes 10000,100000,1000000] [--queries 300,200,60] [--rounds 1] [--updates 1000] [--seed N] [--zipf 0.8] [--verbose]</c>:
/// for each catalogue size, streams a <see cref="SyntheticCatalogue"/> into a <see cref="MatchIndex"/>
/// (the profiles are not kept), measures the index's memory, then times single-threaded <c>Rank</c>
/// calls (top 20 with explanations) over <see cref="SyntheticMissions"/> after a warm-up, then
/// <c>Upsert</c>s of modified existing profiles with the background compaction running as it would.
/// Prints per size:
/// <code>
/// build consultants=N seconds=S
/// match consultants=N p50_ms=X p95_ms=Y bytes_per_consultant=Z
/// update consultants=N p50_ms=X p95_ms=Y max_ms=M
/// </code>
/// <c>--verbose</c> adds where the time goes (postings scanned, candidates), the ranking with pending
/// changes, the scratch memory and a timed compaction.
/// </summary>
public static class QuickMatch
{
    private const int MissionSeed = 7;
    private const int WarmUpSeed = 8;
    private const int UpdateSeed = 9;

    public static int Run(string[] args)
    {
        var sizes = new[] { 10_000, 100_000, 1_000_000 };
        int[]? queries = null;
        var updates = 1_000;
        var seed = SyntheticCatalogue.DefaultSeed;
        var zipf = SyntheticCatalogue.DefaultSkillExponent;
        var rounds = 1;
        var verbose = false;
        for (var i = 0; i < args.Length; i++)
        {
            var value = i + 1 < args.Length ? args[i + 1] : null;
            switch (args[i])
            {
                case "--sizes" when value is not null:
                    sizes = IntList(value);
                    i++;
                    break;
                case "--queries" when value is not null:
                    queries = IntList(value);
                    i++;
                    break;
                case "--updates" when value is not null:
                    updates = int.Parse(value, CultureInfo.InvariantCulture);
                    i++;
                    break;
                case "--rounds" when value is not null:
                    rounds = Math.Max(1, int.Parse(value, CultureInfo.InvariantCulture));
                    i++;
                    break;
                case "--seed" when value is not null:
                    seed = int.Parse(value, CultureInfo.InvariantCulture);
                    i++;
                    break;
                case "--zipf" when value is not null:
                    zipf = double.Parse(value, CultureInfo.InvariantCulture);
                    i++;
                    break;
                case "--verbose":
                    verbose = true;
                    break;
                default:
                    Console.Error.WriteLine($"quick: unknown option {args[i]}");
                    Console.Error.WriteLine("usage: quick [--sizes 10000,100000,1000000] [--queries 300,200,60] [--rounds 1] [--updates 1000] [--seed N] [--zipf 0.8] [--verbose]");
                    return 2;
            }
        }

        var taxonomy = MatchTaxonomy.Load();
        if (verbose)
        {
            Console.WriteLine(Invariant($"# taxonomy concepts={taxonomy.Graph.Count} skills={taxonomy.SkillIds.Count} neighbours={taxonomy.Graph.NeighbourCount}"));
            var popularity = new SyntheticCatalogue(taxonomy, 0, seed, zipf).Skills;
            var top = Enumerable.Range(0, 5).Select(r => Invariant($"{taxonomy.Labels[popularity.ValuesByRank[r]]} {popularity.Probability(r):P1}"));
            Console.WriteLine($"# most popular skills (share of draws): {string.Join(", ", top)}");
        }

        for (var s = 0; s < sizes.Length; s++)
        {
            var count = queries is not null ? queries[Math.Min(s, queries.Length - 1)] : DefaultQueries(sizes[s]);
            RunSize(taxonomy, sizes[s], count, rounds, updates, seed, zipf, verbose);
        }

        return 0;
    }

    private static void RunSize(MatchTaxonomy taxonomy, int size, int queryCount, int rounds, int updateCount, int seed, double zipf, bool verbose)
    {
        var catalogue = new SyntheticCatalogue(taxonomy, size, seed, zipf);
        if (verbose)
        {
            // The build time includes generating the streamed profiles; this is that part alone.
            var generation = Stopwatch.StartNew();
            var skills = 0L;
            foreach (var profile in catalogue.Profiles())
            {
                skills += profile.Skills.Count;
            }

            Console.WriteLine(Invariant($"# generate consultants={size} skills={skills} seconds={generation.Elapsed.TotalSeconds:0.00}"));
        }

        var missions = SyntheticMissions.Generate(catalogue, queryCount, MissionSeed);
        var warmUp = SyntheticMissions.Generate(catalogue, 200, WarmUpSeed);
        var options = new MatchingOptions();
        var index = new MatchIndex(options) { BackgroundError = ex => Console.Error.WriteLine($"background compaction failed: {ex}") };

        // Holders (for --verbose) are allocated before the baseline so that they are not counted.
        var postings = verbose ? new int[taxonomy.SkillIds.Max() + 1] : null;
        IEnumerable<ConsultantProfile> profiles = catalogue.Profiles();
        if (postings is not null)
        {
            profiles = profiles.Select(p => Tally(p, postings));
        }

        // Memory: only the index survives the load (profiles are streamed, the graph existed before).
        var before = FullGcMemory();
        var clock = Stopwatch.StartNew();
        index.Load(taxonomy.Graph, profiles, catalogue.Companies);
        var buildSeconds = clock.Elapsed.TotalSeconds;
        profiles = [];
        var after = FullGcMemory();
        var bytesPerConsultant = (after - before) / (double)size;
        Console.WriteLine(Invariant($"build consultants={size} seconds={buildSeconds:0.00}"));

        // Warm-up: JIT and tiered compilation (at least one second, so the tier-1 code is in), scratch buffers.
        var warm = Stopwatch.StartNew();
        for (var i = 0; i < 40 || (warm.Elapsed < TimeSpan.FromSeconds(1) && i < 2_000); i++)
        {
            index.Rank(warmUp[i % warmUp.Length]);
        }

        var scratchBytes = verbose ? FullGcMemory() - after : 0;
        var gcBefore = GC.CollectionCount(0);
        var all = new double[missions.Length * rounds];
        var samples = new double[missions.Length];
        var totals = new int[missions.Length];
        Array.Fill(samples, double.MaxValue);
        for (var round = 0; round < rounds; round++)
        {
            for (var m = 0; m < missions.Length; m++)
            {
                var start = Stopwatch.GetTimestamp();
                var result = index.Rank(missions[m]);
                var elapsed = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
                all[(round * missions.Length) + m] = elapsed;
                samples[m] = Math.Min(samples[m], elapsed);
                totals[m] = result.Total;
            }
        }

        var gcDuring = GC.CollectionCount(0) - gcBefore;
        var sorted = all.Order().ToArray();
        Console.WriteLine(Invariant(
            $"match consultants={size} p50_ms={Percentile(sorted, 0.50):0.00} p95_ms={Percentile(sorted, 0.95):0.00} bytes_per_consultant={Math.Round(bytesPerConsultant):0}"));
        if (verbose)
        {
            Console.WriteLine(Invariant(
                $"# match consultants={size} queries={missions.Length} rounds={rounds} mean_ms={all.Average():0.000} p99_ms={Percentile(sorted, 0.99):0.000} max_ms={sorted[^1]:0.000} gen0_gcs={gcDuring} scratch_bytes_per_consultant={scratchBytes / (double)size:0.0}"));
            if (rounds > 1)
            {
                // Each mission's best time over the rounds: what is left when the machine's noise (other processes) is removed.
                var best = samples.Order().ToArray();
                Console.WriteLine(Invariant(
                    $"# match-best-of-{rounds} consultants={size} p50_ms={Percentile(best, 0.50):0.00} p95_ms={Percentile(best, 0.95):0.00} max_ms={best[^1]:0.00}"));
            }

            Profile(taxonomy, postings!, missions, samples, totals, size);
        }

        MeasureUpdates(catalogue, index, options, updateCount, size, missions, verbose);
    }

    private static void MeasureUpdates(SyntheticCatalogue catalogue, MatchIndex index, MatchingOptions options, int updateCount, int size,
        MatchQuery[] missions, bool verbose)
    {
        // The modified profiles are made beforehand: only Upsert is timed.
        var random = new Random(UpdateSeed);
        var changes = new ConsultantProfile[updateCount];
        for (var i = 0; i < changes.Length; i++)
        {
            changes[i] = catalogue.Modified(random.Next(size), i);
        }

        // A few upserts to warm the code up, on consultants who are then updated again anyway.
        for (var i = 0; i < Math.Min(16, changes.Length); i++)
        {
            index.Upsert(changes[i]);
        }

        var samples = new double[changes.Length];
        var maxPending = 0;
        var gcs = new[] { GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2) };
        var pauses = GC.GetTotalPauseDuration();
        var collected = new bool[changes.Length];
        for (var i = 0; i < changes.Length; i++)
        {
            var collections = GC.CollectionCount(0);
            var start = Stopwatch.GetTimestamp();
            index.Upsert(changes[i]);
            samples[i] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
            collected[i] = GC.CollectionCount(0) != collections;
            maxPending = Math.Max(maxPending, index.PendingChanges);
        }

        var pauseMs = (GC.GetTotalPauseDuration() - pauses).TotalMilliseconds;
        for (var g = 0; g < gcs.Length; g++)
        {
            gcs[g] = GC.CollectionCount(g) - gcs[g];
        }

        var sorted = samples.Order().ToArray();
        Console.WriteLine(Invariant(
            $"update consultants={size} p50_ms={Percentile(sorted, 0.50):0.000} p95_ms={Percentile(sorted, 0.95):0.000} max_ms={sorted[^1]:0.000}"));

        // Wait for the background compaction, if one runs (while it does, the pending changes are at least the
        // threshold), so that it does not run into the next size's memory measurement.
        var wait = Stopwatch.StartNew();
        while (index.PendingChanges >= options.CompactionThreshold && wait.Elapsed < TimeSpan.FromSeconds(60))
        {
            Thread.Sleep(10);
        }

        wait.Stop();

        if (index.PendingChanges >= options.CompactionThreshold)
        {
            index.Compact(); // the last background compaction ended just before the threshold was reached again
        }

        if (!verbose)
        {
            return;
        }

        // Rank with the changes still pending (scanned one by one beside the main segment).
        var pending = index.PendingChanges;
        var rank = new double[missions.Length];
        for (var m = 0; m < missions.Length; m++)
        {
            var start = Stopwatch.GetTimestamp();
            index.Rank(missions[m]);
            rank[m] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
        }

        var rankSorted = rank.Order().ToArray();
        Console.WriteLine(Invariant(
            $"# update consultants={size} updates={changes.Length} max_pending={maxPending} mean_ms={samples.Average():0.000} p99_ms={Percentile(sorted, 0.99):0.000} gcs={gcs[0]}/{gcs[1]}/{gcs[2]} gc_pause_ms={pauseMs:0.0} waited_for_compaction_s={wait.Elapsed.TotalSeconds:0.00}"));
        var slowest = Enumerable.Range(0, samples.Length).OrderByDescending(i => samples[i]).Take(5).Select(i => Invariant($"#{i}={samples[i]:0.00}ms{(collected[i] ? "(gc)" : "")}"));
        Console.WriteLine($"#   slowest updates ((gc): a collection happened during the call): {string.Join(" ", slowest)}");
        Console.WriteLine(Invariant(
            $"# match-with-pending consultants={size} pending={pending} p50_ms={Percentile(rankSorted, 0.50):0.00} p95_ms={Percentile(rankSorted, 0.95):0.00}"));

        var clock = Stopwatch.StartNew();
        index.Compact();
        Console.WriteLine(Invariant($"# compact consultants={size} pending={pending} seconds={clock.Elapsed.TotalSeconds:0.00} now_pending={index.PendingChanges}"));
    }

    /// <summary>
    /// Where the time goes, computed outside the engine from the posting-list lengths: the engine scans the
    /// postings of every taxonomy neighbour of every required skill (candidates come from the rarest
    /// must-have, the other requirements only add credit, but their postings are still all read).
    /// </summary>
    private static void Profile(MatchTaxonomy taxonomy, int[] postings, MatchQuery[] missions, double[] samples, int[] totals, int size)
    {
        var graph = taxonomy.Graph;
        var scanned = new long[missions.Length];
        var seeded = new long[missions.Length];
        for (var m = 0; m < missions.Length; m++)
        {
            var fewest = long.MaxValue;
            foreach (var required in missions[m].Skills)
            {
                var node = graph.IndexOf(required.SkillId);
                long all = 0, satisfying = 0;
                foreach (var n in graph.NeighboursOf(node))
                {
                    var length = postings[graph.IdAt(n.SkillIndex)];
                    all += length;
                    if (SkillCredit.SatisfiesMustHave(n.Kind))
                    {
                        satisfying += length;
                    }
                }

                scanned[m] += all;
                if (required.Importance == SkillImportance.MustHave)
                {
                    fewest = Math.Min(fewest, satisfying);
                }
            }

            seeded[m] = fewest;
        }

        // Least squares of time on postings scanned: the cost per posting and the fixed cost per query.
        double meanX = scanned.Average(), meanY = samples.Average(), sxx = 0, sxy = 0;
        for (var m = 0; m < missions.Length; m++)
        {
            sxx += (scanned[m] - meanX) * (scanned[m] - meanX);
            sxy += (scanned[m] - meanX) * (samples[m] - meanY);
        }

        var slope = sxx > 0 ? sxy / sxx : 0;
        var topShare = postings.Max() / (double)size;
        Console.WriteLine(Invariant(
            $"# profile consultants={size} most_popular_skill_share={topShare:0.000} mean_postings_scanned={meanX:0} mean_seed_postings={seeded.Average():0} mean_listed={totals.Average():0} ns_per_posting={slope * 1e6:0.00} fixed_ms={meanY - (slope * meanX):0.000}"));
        foreach (var m in Enumerable.Range(0, missions.Length).OrderByDescending(m => samples[m]).Take(3))
        {
            var skills = string.Join(", ", missions[m].Skills.Select(r =>
                Invariant($"{r.Importance}:{taxonomy.Labels[r.SkillId]}({postings[r.SkillId]})")));
            Console.WriteLine(Invariant($"#   slow mission {m}: min {samples[m]:0.00} ms, postings_scanned={scanned[m]} seed_postings={seeded[m]} listed={totals[m]} [{skills}]"));
        }
    }

    private static ConsultantProfile Tally(ConsultantProfile profile, int[] postings)
    {
        foreach (var skill in profile.Skills)
        {
            postings[skill.SkillId]++;
        }

        return profile;
    }

    private static int DefaultQueries(int size) => size switch
    {
        <= 10_000 => 300,
        <= 100_000 => 200,
        _ => 60,
    };

    private static long FullGcMemory()
    {
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        return GC.GetTotalMemory(forceFullCollection: true);
    }

    private static int[] IntList(string text) =>
        [.. text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(t => int.Parse(t.Replace("_", "", StringComparison.Ordinal), CultureInfo.InvariantCulture))];

    private static double Percentile(double[] sorted, double p) =>
        sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Length) - 1, 0, sorted.Length - 1)];

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
