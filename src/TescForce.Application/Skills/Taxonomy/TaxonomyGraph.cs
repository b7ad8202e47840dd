namespace TescForce.Application.Skills.Taxonomy;

/// <summary>The attached parent links of the whole taxonomy, to refuse a cycle before it is written.</summary>
internal sealed class TaxonomyGraph(ILookup<int, int> parentsOf)
{
    /// <summary>Whether <paramref name="ancestor"/> is <paramref name="skill"/> or lies above it.</summary>
    public bool IsAncestorOrSelf(int ancestor, int skill)
    {
        var seen = new HashSet<int>();
        var pending = new Stack<int>();
        pending.Push(skill);
        while (pending.Count > 0)
        {
            var current = pending.Pop();
            if (current == ancestor)
            {
                return true;
            }

            if (!seen.Add(current))
            {
                continue;
            }

            foreach (var parent in parentsOf[current])
            {
                pending.Push(parent);
            }
        }

        return false;
    }

    /// <summary>A parent link child → parent would close a cycle (or point at itself).</summary>
    public bool WouldCycle(int child, int parent) => IsAncestorOrSelf(child, parent);
}
