using TescForce.Domain.Skills;
using TescForce.Infrastructure.DemoData;
using TescForce.Infrastructure.Skills;

namespace TescForce.UnitTests.DemoData;

/// <summary>The skill graph of the embedded taxonomy files, as the import would store it, without a database.</summary>
internal static class EmbeddedTaxonomyGraph
{
    private static readonly Lazy<SkillGraph> Graph = new(Build);

    public static SkillGraph Instance => Graph.Value;

    public static HashSet<string> Codes { get; } =
        TaxonomySource.LoadEmbedded().Concepts.Select(c => c.Code).ToHashSet(StringComparer.Ordinal);

    private static SkillGraph Build()
    {
        var concepts = TaxonomySource.LoadEmbedded().Concepts.DistinctBy(c => c.Code, StringComparer.Ordinal).ToList();
        var ids = concepts.Select((c, i) => (c.Code, Id: i + 1)).ToDictionary(x => x.Code, x => x.Id, StringComparer.Ordinal);
        var nodes = concepts.Select(c => new SkillNode(ids[c.Code], c.Code, c.Type, c.Origin, SkillStatus.Active, c.LabelEn));
        var links = concepts.SelectMany(c => c.ParentCodes.Where(ids.ContainsKey).Select(p => (ids[c.Code], ids[p])));
        return new SkillGraph(nodes, links);
    }
}
