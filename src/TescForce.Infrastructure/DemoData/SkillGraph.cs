using Microsoft.EntityFrameworkCore;
using TescForce.Domain.Skills;
using TescForce.Infrastructure.Data;

namespace TescForce.Infrastructure.DemoData;

/// <summary>
/// The taxonomy as the demo data sees it: skills by code and the parent links, to find the
/// neighbourhood of an archetype's skills (their children and their siblings).
/// </summary>
internal sealed class SkillGraph
{
    /// <summary>A parent with more children than this is a broad bucket ("software frameworks"): its children are not really related.</summary>
    public const int MaxSiblingFamily = 8;

    /// <summary>A skill with more named children than this is a catalogue ("penetration testing tool"), not a speciality.</summary>
    public const int MaxChildren = 6;

    private readonly Dictionary<string, SkillNode> _byCode;
    private readonly Dictionary<int, SkillNode> _byId;
    private readonly Dictionary<int, List<int>> _children = [];
    private readonly Dictionary<int, List<int>> _parents = [];

    public SkillGraph(IEnumerable<SkillNode> skills, IEnumerable<(int ChildId, int ParentId)> links)
    {
        var list = skills.ToList();
        _byCode = list.ToDictionary(s => s.Code, StringComparer.Ordinal);
        _byId = list.ToDictionary(s => s.Id);
        foreach (var (child, parent) in links)
        {
            Add(_children, parent, child);
            Add(_parents, child, parent);
        }
    }

    public static async Task<SkillGraph> LoadAsync(TescForceDbContext db, CancellationToken cancellationToken)
    {
        var skills = await db.SkillTags.AsNoTracking()
            .Select(s => new SkillNode(s.Id, s.Code, s.Type, s.Origin, s.Status, s.LabelEn))
            .ToListAsync(cancellationToken);
        var links = await db.SkillParentLinks.AsNoTracking().Where(l => !l.Detached)
            .Select(l => new { l.ChildId, l.ParentId })
            .ToListAsync(cancellationToken);
        return new SkillGraph(skills, links.Select(l => (l.ChildId, l.ParentId)));
    }

    public SkillNode? Find(string code) => _byCode.GetValueOrDefault(code);

    /// <summary>The codes that are not in the taxonomy, in the order given.</summary>
    public IReadOnlyList<string> Missing(IEnumerable<string> codes) => codes.Where(c => !_byCode.ContainsKey(c)).ToList();

    /// <summary>
    /// Active, named skills next to the given ones: their children when they have few, and their siblings
    /// under a parent that is itself a skill with a small family. Sorted by code, so the result does not
    /// depend on load order.
    /// </summary>
    public IReadOnlyList<SkillNode> Neighbourhood(IEnumerable<string> codes)
    {
        var seeds = codes.Select(Find).OfType<SkillNode>().ToList();
        var seedIds = seeds.Select(s => s.Id).ToHashSet();
        var found = new HashSet<int>();
        foreach (var seed in seeds)
        {
            var children = ChildrenOf(seed.Id).Where(id => _byId[id].IsNamedConcept).ToList();
            if (children.Count <= MaxChildren)
            {
                found.UnionWith(children);
            }

            foreach (var parentId in _parents.GetValueOrDefault(seed.Id) ?? [])
            {
                var parent = _byId[parentId];
                var family = ChildrenOf(parentId).ToList();
                if (parent.Type != SkillConceptType.Group && family.Count <= MaxSiblingFamily)
                {
                    found.UnionWith(family);
                }
            }
        }

        return found.Where(id => !seedIds.Contains(id))
            .Select(id => _byId[id])
            .Where(s => s.Status == SkillStatus.Active && s.IsNamedConcept)
            .OrderBy(s => s.Code, StringComparer.Ordinal)
            .ToList();
    }

    private IEnumerable<int> ChildrenOf(int id) => _children.GetValueOrDefault(id) ?? [];

    private static void Add(Dictionary<int, List<int>> map, int key, int value)
    {
        if (!map.TryGetValue(key, out var list))
        {
            list = [];
            map[key] = list;
        }

        list.Add(value);
    }
}
