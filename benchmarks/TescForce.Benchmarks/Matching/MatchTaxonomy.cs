using TescForce.Infrastructure.Skills;
using TescForce.Matching.Taxonomy;
using SkillConceptType = TescForce.Domain.Skills.SkillConceptType;

namespace TescForce.Benchmarks.Matching;

/// <summary>
/// The real taxonomy (the embedded ESCO subset and TescForce's supplement) as the matcher's
/// <see cref="SkillGraph"/>: each concept gets the id of its place in the files (1..N), groups are
/// grouping nodes, broader links are parent links and ESCO's skill relations are related links.
/// </summary>
public sealed class MatchTaxonomy
{
    private MatchTaxonomy(SkillGraph graph, int[] skillIds, Dictionary<int, string> labels, Dictionary<string, int> idsByLabel)
    {
        Graph = graph;
        SkillIds = skillIds;
        Labels = labels;
        IdsByLabel = idsByLabel;
    }

    public SkillGraph Graph { get; }

    /// <summary>The ids of the concepts a consultant can hold (skills and knowledge, not groups), ascending.</summary>
    public IReadOnlyList<int> SkillIds { get; }

    /// <summary>English label of every concept, by id.</summary>
    public IReadOnlyDictionary<int, string> Labels { get; }

    /// <summary>Ids of the non-grouping concepts by English label (case-insensitive; the first of a duplicated label wins).</summary>
    public IReadOnlyDictionary<string, int> IdsByLabel { get; }

    public static MatchTaxonomy Load()
    {
        var source = TaxonomySource.LoadEmbedded();
        var concepts = source.Concepts.DistinctBy(c => c.Code, StringComparer.Ordinal).ToList();
        var ids = new Dictionary<string, int>(concepts.Count, StringComparer.Ordinal);
        for (var i = 0; i < concepts.Count; i++)
        {
            ids[concepts[i].Code] = i + 1;
        }

        var nodes = concepts.Select(c => new SkillNode(ids[c.Code], c.Type == SkillConceptType.Group));
        var parents = concepts
            .SelectMany(c => c.ParentCodes.Where(ids.ContainsKey).Select(p => (ChildId: ids[c.Code], ParentId: ids[p])))
            .ToList();
        var related = source.Relations
            .Where(r => ids.ContainsKey(r.Skill) && ids.ContainsKey(r.Related))
            .Select(r => (SkillId: ids[r.Skill], RelatedId: ids[r.Related]))
            .ToList();
        var graph = SkillGraph.Build(nodes, parents, related);

        var labels = concepts.ToDictionary(c => ids[c.Code], c => c.LabelEn);
        var skills = concepts.Where(c => c.Type != SkillConceptType.Group).ToList();
        var idsByLabel = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var concept in skills)
        {
            idsByLabel.TryAdd(concept.LabelEn, ids[concept.Code]);
        }

        return new MatchTaxonomy(graph, [.. skills.Select(c => ids[c.Code]).Order()], labels, idsByLabel);
    }
}
