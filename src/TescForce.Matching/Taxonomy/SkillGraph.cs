namespace TescForce.Matching.Taxonomy;

/// <summary>
/// The skill taxonomy as the matcher sees it: a DAG (a concept may have several parents) with ESCO's
/// related-skill links, and for every skill its precomputed neighbourhood — the skills that meet it and
/// with what credit. Immutable; a taxonomy change builds a new graph.
/// </summary>
public sealed class SkillGraph
{
    private readonly Dictionary<int, int> _indexById;
    private readonly int[] _ids;
    private readonly SkillNeighbour[][] _neighbourhoods;
    private readonly int[][] _parents;

    private SkillGraph(Dictionary<int, int> indexById, int[] ids, int[][] parents, SkillNeighbour[][] neighbourhoods)
    {
        _indexById = indexById;
        _ids = ids;
        _parents = parents;
        _neighbourhoods = neighbourhoods;
    }

    public static SkillGraph Empty { get; } = Build([], [], []);

    public int Count => _ids.Length;

    /// <summary>Builds the graph. Links to unknown skills are ignored; duplicate links count once.</summary>
    /// <param name="parentLinks">(child, parent) pairs: the child is narrower than the parent.</param>
    /// <param name="relatedLinks">ESCO related-skill pairs, used in both directions.</param>
    public static SkillGraph Build(IEnumerable<SkillNode> skills, IEnumerable<(int ChildId, int ParentId)> parentLinks,
        IEnumerable<(int SkillId, int RelatedId)> relatedLinks)
    {
        ArgumentNullException.ThrowIfNull(skills);
        ArgumentNullException.ThrowIfNull(parentLinks);
        ArgumentNullException.ThrowIfNull(relatedLinks);

        var nodes = skills.DistinctBy(s => s.Id).OrderBy(s => s.Id).ToArray();
        var parentPairs = parentLinks.ToList();
        var indexById = new Dictionary<int, int>(nodes.Length);
        for (var i = 0; i < nodes.Length; i++)
        {
            indexById[nodes[i].Id] = i;
        }

        var parents = Adjacency(nodes.Length, parentPairs, indexById, (c, p) => (c, p));
        var children = Adjacency(nodes.Length, parentPairs, indexById, (c, p) => (p, c));
        var related = Adjacency(nodes.Length, relatedLinks.SelectMany(r => new[] { r, (r.RelatedId, r.SkillId) }), indexById, (a, b) => (a, b));

        var neighbourhoods = new SkillNeighbour[nodes.Length][];
        for (var i = 0; i < nodes.Length; i++)
        {
            neighbourhoods[i] = Neighbourhood(i, nodes, parents, children, related);
        }

        return new SkillGraph(indexById, [.. nodes.Select(n => n.Id)], parents, neighbourhoods);
    }

    /// <summary>The dense index of a skill id, or -1 when the graph does not know it.</summary>
    public int IndexOf(int skillId) => _indexById.TryGetValue(skillId, out var index) ? index : -1;

    public int IdAt(int index) => _ids[index];

    /// <summary>Every skill that meets the skill at <paramref name="index"/>, itself first, best credit first.</summary>
    public ReadOnlySpan<SkillNeighbour> NeighboursOf(int index) => _neighbourhoods[index];

    public ReadOnlySpan<int> ParentsOf(int index) => _parents[index];

    /// <summary>Total size of all neighbourhoods, for memory reports.</summary>
    public long NeighbourCount => _neighbourhoods.Sum(n => (long)n.Length);

    private static int[][] Adjacency(int count, IEnumerable<(int, int)> links, Dictionary<int, int> indexById, Func<int, int, (int From, int To)> orient)
    {
        var sets = new HashSet<int>[count];
        foreach (var (a, b) in links)
        {
            if (a == b || !indexById.TryGetValue(a, out var ia) || !indexById.TryGetValue(b, out var ib))
            {
                continue;
            }

            var (from, to) = orient(ia, ib);
            (sets[from] ??= []).Add(to);
        }

        return [.. sets.Select(s => s is null ? [] : s.Order().ToArray())];
    }

    private static SkillNeighbour[] Neighbourhood(int self, SkillNode[] nodes, int[][] parents, int[][] children, int[][] related)
    {
        // The first kind to reach a skill wins: kinds are visited from the most to the least credit.
        var found = new Dictionary<int, SkillNeighbour> { [self] = new(self, SkillMatchKind.Exact, 0, (float)SkillCredit.Exact) };

        void Walk(int[][] edges, SkillMatchKind kind, int maxDistance)
        {
            var frontier = new List<int> { self };
            for (var distance = 1; distance <= maxDistance && frontier.Count > 0; distance++)
            {
                var next = new List<int>();
                foreach (var node in frontier)
                {
                    foreach (var neighbour in edges[node])
                    {
                        if (found.TryAdd(neighbour, new SkillNeighbour(neighbour, kind, distance, (float)SkillCredit.Of(kind, distance))))
                        {
                            next.Add(neighbour);
                        }
                    }
                }

                frontier = next;
            }
        }

        Walk(children, SkillMatchKind.Narrower, SkillCredit.NarrowerMaxDistance);
        Walk(parents, SkillMatchKind.Broader, SkillCredit.BroaderMaxDistance);
        foreach (var parent in parents[self])
        {
            if (nodes[parent].IsGrouping || children[parent].Length > SkillCredit.MaxSiblingFamily)
            {
                continue;
            }

            foreach (var sibling in children[parent])
            {
                found.TryAdd(sibling, new SkillNeighbour(sibling, SkillMatchKind.Sibling, 2, (float)SkillCredit.Sibling));
            }
        }

        foreach (var neighbour in related[self])
        {
            found.TryAdd(neighbour, new SkillNeighbour(neighbour, SkillMatchKind.Related, 1, (float)SkillCredit.Related));
        }

        return [.. found.Values.OrderByDescending(n => n.Credit).ThenBy(n => n.SkillIndex)];
    }
}
