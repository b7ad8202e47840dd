using System.Collections.Immutable;
using TescForce.Matching.Indexing;
using TescForce.Matching.Profiles;
using TescForce.Matching.Queries;
using TescForce.Matching.Ranking;
using TescForce.Matching.Results;
using TescForce.Matching.Taxonomy;

namespace TescForce.Matching;

/// <summary>
/// The in-memory index of visible consultants and the entry point of the engine. Queries read the
/// current immutable snapshot and never wait; changes (one consultant, one company) publish a new
/// snapshot in well under a millisecond by keeping the changed consultants beside the main segment,
/// which is rebuilt in the background once enough changes have gathered.
/// </summary>
public sealed class MatchIndex
{
    private readonly Lock _writeLock = new();
    private readonly MatchingOptions _options;
    private IndexSnapshot _current;
    private int _compacting;

    public MatchIndex(MatchingOptions? options = null)
    {
        _options = options ?? new MatchingOptions();
        _current = new IndexSnapshot(SkillGraph.Empty, Segment.Empty(0), ChunkedBitSet.Create(0), 0,
            ImmutableDictionary<Guid, DeltaEntry>.Empty, [], IndexTables.Empty, 0);
    }

    /// <summary>Consultants in the index (visible or not at this instant: staleness is judged per query).</summary>
    public int Count => Volatile.Read(ref _current).Count;

    /// <summary>Changes kept beside the main segment, waiting for the next compaction.</summary>
    public int PendingChanges => Volatile.Read(ref _current).Delta.Count;

    /// <summary>Set by the host to hear of a failed background compaction (the index stays correct, only slower).</summary>
    public Action<Exception>? BackgroundError { get; set; }

    /// <summary>Replaces everything: the taxonomy, the consultants and the companies' approvals.</summary>
    public void Load(SkillGraph graph, IEnumerable<ConsultantProfile> consultants, IEnumerable<KeyValuePair<Guid, bool>> companies)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(consultants);
        ArgumentNullException.ThrowIfNull(companies);
        var tables = IndexTables.Empty;
        foreach (var (id, approved) in companies)
        {
            tables = tables.WithCompany(id, approved, out _);
        }

        var entries = new Dictionary<Guid, IndexedConsultant>();
        foreach (var profile in consultants)
        {
            entries[profile.Id] = IndexedConsultant.Pack(profile, graph, ref tables);
        }

        var main = Segment.Build([.. entries.Values], graph.Count);
        lock (_writeLock)
        {
            Publish(new IndexSnapshot(graph, main, ChunkedBitSet.Create(main.Count), 0,
                ImmutableDictionary<Guid, DeltaEntry>.Empty, [], tables, _current.Sequence + 1));
        }
    }

    /// <summary>Adds or replaces a consultant (published, edited, availability confirmed…).</summary>
    public void Upsert(ConsultantProfile profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        lock (_writeLock)
        {
            var current = _current;
            var tables = current.Tables;
            var entry = IndexedConsultant.Pack(profile, current.Graph, ref tables);
            Change(current, profile.Id, entry, tables);
        }

        CompactIfNeeded();
    }

    /// <summary>Removes a consultant (archived, unpublished, erased); nothing happens when absent.</summary>
    public void Remove(Guid consultantId)
    {
        lock (_writeLock)
        {
            var current = _current;
            if (current.Contains(consultantId))
            {
                Change(current, consultantId, null, current.Tables);
            }
        }

        CompactIfNeeded();
    }

    /// <summary>Records whether a member company is approved: only approved companies' consultants are listed.</summary>
    public void SetCompanyApproved(Guid companyId, bool approved)
    {
        lock (_writeLock)
        {
            var current = _current;
            var tables = current.Tables.WithCompany(companyId, approved, out _);
            if (!ReferenceEquals(tables, current.Tables))
            {
                Publish(new IndexSnapshot(current.Graph, current.Main, current.Dead, current.DeadCount, current.Delta, current.DeltaLive,
                    tables, current.Sequence + 1));
            }
        }
    }

    /// <summary>The ranked, explained page of consultants for a mission.</summary>
    public MatchResult Rank(MatchQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        return Ranker.Rank(Volatile.Read(ref _current), query, _options);
    }

    /// <summary>Why a consultant is not in the list for a mission, or where they are in it.</summary>
    public WhyNotAnswer WhyNot(MatchQuery query, Guid consultantId)
    {
        ArgumentNullException.ThrowIfNull(query);
        return Ranker.WhyNot(Volatile.Read(ref _current), query, consultantId, _options);
    }

    /// <summary>Rebuilds the main segment with the pending changes folded in. Safe to call at any time.</summary>
    public void Compact()
    {
        var start = Volatile.Read(ref _current);
        if (start.Delta.IsEmpty)
        {
            return;
        }

        var main = Segment.Merge(start.Main, start.Dead, [.. start.DeltaLive], start.Graph.Count);

        lock (_writeLock)
        {
            var current = _current;
            if (!ReferenceEquals(current.Graph, start.Graph) || !ReferenceEquals(current.Main, start.Main))
            {
                return; // reloaded meanwhile: this work is obsolete
            }

            // Changes made while the segment was being built stay pending, over the new segment.
            var later = current.Delta.Where(e => e.Value.Sequence > start.Sequence).ToImmutableDictionary();
            var deadSlots = later.Keys.Select(main.SlotOf).Where(slot => slot >= 0).ToList();
            var dead = ChunkedBitSet.Create(main.Count);
            foreach (var slot in deadSlots)
            {
                dead = dead.With(slot);
            }

            Publish(new IndexSnapshot(current.Graph, main, dead, deadSlots.Count, later,
                [.. later.Values.Where(e => e.Consultant is not null).Select(e => e.Consultant!)], current.Tables, current.Sequence));
        }
    }

    private void Change(IndexSnapshot current, Guid id, IndexedConsultant? entry, IndexTables tables)
    {
        var dead = current.Dead;
        var deadCount = current.DeadCount;
        var slot = current.Main.SlotOf(id);
        if (slot >= 0 && !dead[slot])
        {
            dead = dead.With(slot);
            deadCount++;
        }

        var sequence = current.Sequence + 1;
        var live = current.Delta.TryGetValue(id, out var previous) && previous.Consultant is not null
            ? current.DeltaLive.Where(c => !ReferenceEquals(c, previous.Consultant))
            : current.DeltaLive;
        IndexedConsultant[] deltaLive = entry is null ? [.. live] : [.. live, entry];
        Publish(new IndexSnapshot(current.Graph, current.Main, dead, deadCount, current.Delta.SetItem(id, new DeltaEntry(sequence, entry)),
            deltaLive, tables, sequence));
    }

    private void Publish(IndexSnapshot snapshot) => Volatile.Write(ref _current, snapshot);

    private void CompactIfNeeded()
    {
        if (Volatile.Read(ref _current).Delta.Count < _options.CompactionThreshold || Interlocked.Exchange(ref _compacting, 1) == 1)
        {
            return;
        }

        _ = Task.Run(() =>
        {
            try
            {
                // Changes that gathered during a compaction may call for another one straight away.
                do
                {
                    Compact();
                }
                while (Volatile.Read(ref _current).Delta.Count >= _options.CompactionThreshold);
            }
            catch (Exception ex) when (BackgroundError is not null)
            {
                BackgroundError(ex);
            }
            finally
            {
                Volatile.Write(ref _compacting, 0);
            }
        });
    }
}
