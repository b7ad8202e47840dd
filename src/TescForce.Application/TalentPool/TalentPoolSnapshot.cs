using Microsoft.EntityFrameworkCore;
using TescForce.Application.Common.Persistence;
using TescForce.Domain.Companies;
using TescForce.Domain.Consultants;

namespace TescForce.Application.TalentPool;

/// <summary>
/// What the talent search filters and counts on, held in memory: every published profile of an approved
/// company (freshness is checked at each search, since it lapses without any write) and the taxonomy's
/// narrower-skill edges. Reading it all takes most of a second on 10,000 profiles, a search over it a few
/// milliseconds. It is read on first use; after a committed change (<see cref="IDataChangeListener"/>)
/// the next search reads again only the profiles that changed and those of the companies that changed,
/// or everything when the taxonomy changed, when more than <see cref="ReloadAbove"/> profiles did, or
/// after <see cref="MaxAge"/> (changes made by another instance).
/// </summary>
public sealed class TalentPoolSnapshot(IAppDbFactory dbFactory, TimeProvider clock) : IDataChangeListener, IDisposable
{
    public static readonly TimeSpan MaxAge = TimeSpan.FromMinutes(10);

    /// <summary>Above this many changed profiles (an import, demo data), reading everything again is cheaper.</summary>
    public const int ReloadAbove = 2000;

    private readonly SemaphoreSlim _loading = new(1, 1);
    private readonly Lock _changes = new();
    private HashSet<Guid> _changed = [];
    private HashSet<Guid> _changedCompanies = [];
    private bool _reloadAll;
    private long _version;
    private volatile Snapshot? _current;

    public Task OnCommittedAsync(DataChangeSet changes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(changes);
        if (!changes.IsEmpty)
        {
            lock (_changes)
            {
                _changed.UnionWith(changes.Consultants);
                _changedCompanies.UnionWith(changes.Companies);
                _reloadAll |= changes.Taxonomy || _changed.Count > ReloadAbove;
                _version++;
            }
        }

        return Task.CompletedTask;
    }

    public void Dispose() => _loading.Dispose();

    internal async Task<Snapshot> GetAsync(CancellationToken cancellationToken)
    {
        if (Usable(_current) is { } ready)
        {
            return ready;
        }

        await _loading.WaitAsync(cancellationToken);
        try
        {
            if (Usable(_current) is { } loadedMeanwhile)
            {
                return loadedMeanwhile;
            }

            // The changes noted up to now are read below; one committed meanwhile bumps the version and is read next time.
            long version;
            HashSet<Guid> changed, companies;
            bool reloadAll;
            lock (_changes)
            {
                (version, changed, companies, reloadAll) = (_version, _changed, _changedCompanies, _reloadAll);
                (_changed, _changedCompanies, _reloadAll) = ([], [], false);
            }

            try
            {
                var current = _current;
                var snapshot = current is null || reloadAll || clock.GetUtcNow().UtcDateTime - current.LoadedAt >= MaxAge
                    ? await LoadAsync(version, cancellationToken)
                    : await RefreshAsync(current, version, changed, companies, cancellationToken);
                _current = snapshot;
                return snapshot;
            }
            catch
            {
                lock (_changes)
                {
                    _reloadAll = true; // the changes taken above were not read: read everything next time
                }

                throw;
            }
        }
        finally
        {
            _loading.Release();
        }
    }

    private Snapshot? Usable(Snapshot? snapshot)
    {
        long version;
        lock (_changes)
        {
            version = _version;
        }

        return snapshot is not null && snapshot.Version == version && clock.GetUtcNow().UtcDateTime - snapshot.LoadedAt < MaxAge ? snapshot : null;
    }

    private async Task<Snapshot> LoadAsync(long version, CancellationToken cancellationToken)
    {
        var loadedAt = clock.GetUtcNow().UtcDateTime;
        await using var db = await dbFactory.CreateAsync(cancellationToken);
        var entries = await ReadAsync(db, null, null, cancellationToken);
        var links = await db.SkillParentLinks.AsNoTracking().Where(l => !l.Detached).Select(l => new { l.ParentId, l.ChildId }).ToListAsync(cancellationToken);
        var skillIds = await db.SkillTags.AsNoTracking().Select(s => s.Id).ToListAsync(cancellationToken);
        return new Snapshot(version, loadedAt, entries.ToDictionary(e => e.Id), links.ToLookup(l => l.ParentId, l => l.ChildId), skillIds.ToHashSet());
    }

    /// <summary>
    /// The snapshot with the changed profiles, and all those of the changed companies (approved or not any
    /// more), read again: replaced, added, or removed when no longer published.
    /// </summary>
    private async Task<Snapshot> RefreshAsync(Snapshot current, long version, HashSet<Guid> changed, HashSet<Guid> companies, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateAsync(cancellationToken);
        var profiles = new Dictionary<Guid, TalentPoolEntry>(current.Profiles);
        foreach (var id in changed.Concat(profiles.Values.Where(p => companies.Contains(p.CompanyId)).Select(p => p.Id)).ToList())
        {
            profiles.Remove(id);
        }

        if (changed.Count > 0)
        {
            foreach (var entry in await ReadAsync(db, [.. changed], null, cancellationToken))
            {
                profiles[entry.Id] = entry;
            }
        }

        if (companies.Count > 0)
        {
            foreach (var entry in await ReadAsync(db, null, [.. companies], cancellationToken))
            {
                profiles[entry.Id] = entry;
            }
        }

        return current with { Version = version, Profiles = profiles };
    }

    /// <summary>
    /// Published profiles of approved companies: all, or only the given profiles, or only those of the
    /// given companies; plain scans joined in memory, which SQLite answers far faster than the correlated rule.
    /// </summary>
    private static async Task<List<TalentPoolEntry>> ReadAsync(IAppDb db, List<Guid>? only, List<Guid>? ofCompanies, CancellationToken cancellationToken)
    {
        var approved = await db.MemberCompanies.AsNoTracking().Where(m => m.Status == CompanyStatus.Approved).Select(m => m.Id).ToListAsync(cancellationToken);
        var consultants = db.Consultants.AsNoTracking().Where(c => c.Status == ConsultantStatus.Published && approved.Contains(c.CompanyId));
        var languageRows = db.ConsultantLanguages.AsNoTracking();
        var skillRows = db.ConsultantSkills.AsNoTracking();
        if (only is not null)
        {
            consultants = consultants.Where(c => only.Contains(c.Id));
            languageRows = languageRows.Where(l => only.Contains(l.ConsultantId));
            skillRows = skillRows.Where(s => only.Contains(s.ConsultantId));
        }

        if (ofCompanies is not null)
        {
            consultants = consultants.Where(c => ofCompanies.Contains(c.CompanyId));
            languageRows = languageRows.Where(l => db.Consultants.Any(c => c.Id == l.ConsultantId && ofCompanies.Contains(c.CompanyId)));
            skillRows = skillRows.Where(s => db.Consultants.Any(c => c.Id == s.ConsultantId && ofCompanies.Contains(c.CompanyId)));
        }

        var profiles = await consultants
            .Select(c => new { c.Id, c.CompanyId, c.Reference, c.SeniorityYears, c.AvailableFrom, c.AvailableUntil, c.AvailabilityConfirmedAt })
            .ToListAsync(cancellationToken);
        var ids = profiles.Select(p => p.Id).ToHashSet();
        var languages = (await languageRows.Select(l => new { l.ConsultantId, l.Code, l.Level }).ToListAsync(cancellationToken))
            .Where(l => ids.Contains(l.ConsultantId)).ToLookup(l => l.ConsultantId, l => (l.Code, l.Level));
        var skills = (await skillRows.Select(s => new { s.ConsultantId, s.SkillTagId, s.Level }).ToListAsync(cancellationToken))
            .Where(s => ids.Contains(s.ConsultantId)).ToLookup(s => s.ConsultantId, s => (s.SkillTagId, s.Level));
        return [.. profiles.Select(p => new TalentPoolEntry(p.Id, p.CompanyId, p.Reference, p.SeniorityYears, p.AvailableFrom, p.AvailableUntil, p.AvailabilityConfirmedAt,
            [.. languages[p.Id]], [.. skills[p.Id]]))];
    }

    internal sealed record Snapshot(long Version, DateTime LoadedAt, IReadOnlyDictionary<Guid, TalentPoolEntry> Profiles, ILookup<int, int> Children, IReadOnlySet<int> SkillIds)
    {
        /// <summary>The skill and every narrower one (its descendants in the taxonomy, a DAG).</summary>
        public HashSet<int> WithNarrower(int skillId)
        {
            var skills = new HashSet<int> { skillId };
            var pending = new Queue<int>([skillId]);
            while (pending.TryDequeue(out var parent))
            {
                foreach (var child in Children[parent].Where(skills.Add))
                {
                    pending.Enqueue(child);
                }
            }

            return skills;
        }
    }
}
