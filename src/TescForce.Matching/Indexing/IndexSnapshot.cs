using System.Collections.Immutable;
using TescForce.Matching.Taxonomy;

namespace TescForce.Matching.Indexing;

/// <summary>A consultant changed since the main segment was built; <see cref="Consultant"/> is null when removed.</summary>
internal sealed record DeltaEntry(long Sequence, IndexedConsultant? Consultant);

/// <summary>
/// One immutable state of the index: the main segment, the slots of it that were changed or removed
/// since (dead), the changes themselves (delta), and the interned tables. Queries read one snapshot from
/// start to end; writers publish a new one.
/// </summary>
internal sealed class IndexSnapshot
{
    public IndexSnapshot(SkillGraph graph, Segment main, ChunkedBitSet dead, int deadCount,
        ImmutableDictionary<Guid, DeltaEntry> delta, IndexedConsultant[] deltaLive, IndexTables tables, long sequence)
    {
        Graph = graph;
        Main = main;
        Dead = dead;
        DeadCount = deadCount;
        Delta = delta;
        DeltaLive = deltaLive;
        Tables = tables;
        Sequence = sequence;
    }

    public SkillGraph Graph { get; }

    public Segment Main { get; }

    public ChunkedBitSet Dead { get; }

    public int DeadCount { get; }

    public ImmutableDictionary<Guid, DeltaEntry> Delta { get; }

    /// <summary>The consultants of <see cref="Delta"/> that are in the index, for scanning.</summary>
    public IndexedConsultant[] DeltaLive { get; }

    public IndexTables Tables { get; }

    /// <summary>Incremented by every change; compaction keeps the changes made after the sequence it started from.</summary>
    public long Sequence { get; }

    public int Count => Main.Count - DeadCount + DeltaLive.Length;

    public bool Contains(Guid id) => Delta.TryGetValue(id, out var entry) ? entry.Consultant is not null : Main.SlotOf(id) >= 0;

    /// <summary>Where a consultant is: a main slot (≥ 0), a delta position (encoded as <c>~position</c>), or null.</summary>
    public int? Locate(Guid id)
    {
        if (Delta.TryGetValue(id, out var entry))
        {
            return entry.Consultant is null ? null : ~Array.IndexOf(DeltaLive, entry.Consultant);
        }

        var slot = Main.SlotOf(id);
        return slot >= 0 ? slot : null;
    }

    public ConsultantView View(int location) => location >= 0 ? Main.View(location) : DeltaLive[~location].View;
}
