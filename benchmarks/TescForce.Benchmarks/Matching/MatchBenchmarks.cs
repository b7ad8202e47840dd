using BenchmarkDotNet.Attributes;
using TescForce.Matching;
using TescForce.Matching.Profiles;
using TescForce.Matching.Queries;

namespace TescForce.Benchmarks.Matching;

/// <summary>
/// The matcher over a <see cref="SyntheticCatalogue"/> of the real taxonomy: one <c>Rank</c> (top 20
/// with explanations, six required skills), averaged over a fixed set of missions, and one
/// <c>Upsert</c> of a modified existing profile.
/// </summary>
/// <remarks>
/// The upserts cycle over <see cref="UpsertPool"/> consultants (fewer than the compaction threshold),
/// so the pending changes stay at about that many and no background compaction runs while measuring:
/// this is the steady cost of one change with a half-full delta. The quick mode (<c>quick</c>)
/// measures upserts with the background compaction running.
/// </remarks>
[MemoryDiagnoser]
public class MatchBenchmarks
{
    public const int MissionCount = 50;
    public const int UpsertPool = 256;

    private MatchIndex _index = null!;
    private MatchQuery[] _missions = [];
    private ConsultantProfile[][] _versions = [];
    private int _next;

    [Params(10_000, 100_000, 1_000_000)]
    public int N { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var taxonomy = MatchTaxonomy.Load();
        var catalogue = new SyntheticCatalogue(taxonomy, N);
        _index = new MatchIndex();
        _index.Load(taxonomy.Graph, catalogue.Profiles(), catalogue.Companies);
        _missions = SyntheticMissions.Generate(catalogue, MissionCount, seed: 7);

        // Two versions of each pooled consultant, alternated, so that every upsert is a real change.
        var random = new Random(9);
        var pool = Enumerable.Range(0, UpsertPool).Select(_ => random.Next(N)).Distinct().ToArray();
        _versions = [.. pool.Select(i => new[] { catalogue.Modified(i, 0), catalogue.Modified(i, 1) })];
        _next = 0;
    }

    /// <summary>One ranking, averaged over the fixed missions.</summary>
    [Benchmark(OperationsPerInvoke = MissionCount)]
    public int Rank()
    {
        var total = 0;
        foreach (var mission in _missions)
        {
            total += _index.Rank(mission).Items.Count;
        }

        return total;
    }

    /// <summary>One incremental update of an existing consultant.</summary>
    [Benchmark]
    public int Upsert()
    {
        var n = _next++;
        var versions = _versions[n % _versions.Length];
        _index.Upsert(versions[(n / _versions.Length) & 1]);
        return _index.PendingChanges;
    }
}
