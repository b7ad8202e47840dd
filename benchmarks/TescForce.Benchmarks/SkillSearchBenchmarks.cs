using BenchmarkDotNet.Attributes;
using TescForce.Application.Skills.Search;
using TescForce.UnitTests.Skills;

namespace TescForce.Benchmarks;

/// <summary>The skill picker's search over the real catalogue, and the index build.</summary>
[MemoryDiagnoser]
public class SkillSearchBenchmarks
{
    private EscoSearchCatalogue _catalogue = null!;
    private SkillSearchIndex _index = null!;
    private string[] _queries = [];

    [GlobalSetup]
    public void Setup()
    {
        _catalogue = EscoSearchCatalogue.Load();
        _index = SkillSearchIndex.Build(_catalogue.Documents);
        _queries = [.. SkillSearchQueries.All];
        if (_queries.Length != SkillSearchQueries.Count)
        {
            throw new InvalidOperationException($"SkillSearchQueries.Count says {SkillSearchQueries.Count}, All holds {_queries.Length}.");
        }
    }

    /// <summary>One search, averaged over the query set.</summary>
    [Benchmark(OperationsPerInvoke = SkillSearchQueries.Count)]
    public int Search()
    {
        var found = 0;
        foreach (var query in _queries)
        {
            found += _index.Search(query).Count;
        }

        return found;
    }

    [Benchmark]
    public SkillSearchIndex BuildIndex() => SkillSearchIndex.Build(_catalogue.Documents);
}
