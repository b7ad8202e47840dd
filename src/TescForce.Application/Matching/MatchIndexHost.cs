using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using TescForce.Application.Common.Persistence;
using TescForce.Matching;

namespace TescForce.Application.Matching;

/// <summary>
/// Holds the application's one <see cref="MatchIndex"/>: loads it from the database (at start-up, or on
/// first use), keeps it current as changes are committed (<see cref="IDataChangeListener"/>), and
/// reloads it entirely when the taxonomy changes or a reconciliation is asked for.
/// </summary>
public sealed partial class MatchIndexHost(IAppDbFactory dbFactory, IOptions<MatchingOptions> options, ILogger<MatchIndexHost> logger)
    : IDataChangeListener, IDisposable
{
    /// <summary>Above this many changed consultants in one commit (an import, demo data), a full reload is cheaper.</summary>
    public const int ReloadAbove = 2000;

    private readonly SemaphoreSlim _loading = new(1, 1);

    // Refreshes read the database and apply what they read under one lock, so that two refreshes of one
    // profile cannot apply an older read after a newer one.
    private readonly SemaphoreSlim _refreshing = new(1, 1);
    private readonly ConcurrentDictionary<Guid, byte> _consultantsChangedDuringLoad = new();
    private readonly ConcurrentDictionary<Guid, byte> _companiesChangedDuringLoad = new();
    private volatile bool _loaded;
    private volatile bool _reloading;

    public MatchIndex Index { get; } = CreateIndex(options.Value, logger);

    public bool IsLoaded => _loaded;

    public async Task<MatchIndex> GetAsync(CancellationToken cancellationToken = default)
    {
        if (!_loaded)
        {
            await LoadAsync(onlyIfNotLoaded: true, cancellationToken);
        }

        return Index;
    }

    /// <summary>Reads everything again and replaces the index (taxonomy change, periodic reconciliation).</summary>
    public Task ReloadAsync(CancellationToken cancellationToken = default) => LoadAsync(onlyIfNotLoaded: false, cancellationToken);

    public async Task OnCommittedAsync(DataChangeSet changes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(changes);
        if (_reloading)
        {
            // The load in progress may have read the database before this commit: note what to read again.
            foreach (var id in changes.Consultants)
            {
                _consultantsChangedDuringLoad.TryAdd(id, 0);
            }

            foreach (var id in changes.Companies)
            {
                _companiesChangedDuringLoad.TryAdd(id, 0);
            }
        }

        if (!_loaded)
        {
            return; // the first load reads these changes (or reads them again when it ends)
        }

        if (changes.Taxonomy || changes.Consultants.Count > ReloadAbove)
        {
            await ReloadAsync(cancellationToken);
            return;
        }

        await RefreshAsync(changes.Consultants, changes.Companies, cancellationToken);
    }

    public void Dispose()
    {
        _loading.Dispose();
        _refreshing.Dispose();
    }

    private async Task RefreshAsync(IReadOnlyCollection<Guid> consultants, IReadOnlyCollection<Guid> companies, CancellationToken cancellationToken)
    {
        await _refreshing.WaitAsync(cancellationToken);
        try
        {
            await using var db = await dbFactory.CreateAsync(cancellationToken);
            var published = consultants.Count > 0 ? await MatchProfiles.LoadPublishedAsync(db, consultants, cancellationToken) : [];

            // The companies that changed, and those of the profiles read: their approval is read with them.
            var companyIds = companies.Concat(published.Select(p => p.CompanyId)).Distinct().ToList();
            if (companyIds.Count > 0)
            {
                foreach (var (id, approved) in await MatchProfiles.LoadCompaniesAsync(db, companyIds, cancellationToken))
                {
                    Index.SetCompanyApproved(id, approved);
                }
            }

            foreach (var profile in published)
            {
                Index.Upsert(profile);
            }

            foreach (var id in consultants.Except(published.Select(p => p.Id)))
            {
                Index.Remove(id);
            }
        }
        finally
        {
            _refreshing.Release();
        }
    }

    private async Task LoadAsync(bool onlyIfNotLoaded, CancellationToken cancellationToken)
    {
        await _loading.WaitAsync(cancellationToken);
        try
        {
            if (onlyIfNotLoaded && _loaded)
            {
                return;
            }

            _reloading = true;
            _consultantsChangedDuringLoad.Clear();
            _companiesChangedDuringLoad.Clear();
            var stopwatch = Stopwatch.StartNew();
            await using (var db = await dbFactory.CreateAsync(cancellationToken))
            {
                var graph = await MatchProfiles.LoadGraphAsync(db, cancellationToken);
                var approvals = await MatchProfiles.LoadCompaniesAsync(db, null, cancellationToken);
                var published = await MatchProfiles.LoadPublishedAsync(db, null, cancellationToken);
                Index.Load(graph, published, approvals);
                LogLoaded(published.Count, graph.Count, stopwatch.Elapsed.TotalMilliseconds);
            }

            _loaded = true;
            _reloading = false;

            // Changes committed while the database was being read may be missing from what was read: read them again.
            var consultants = _consultantsChangedDuringLoad.Keys.ToList();
            var companies = _companiesChangedDuringLoad.Keys.ToList();
            _consultantsChangedDuringLoad.Clear();
            _companiesChangedDuringLoad.Clear();
            if (consultants.Count > 0 || companies.Count > 0)
            {
                await RefreshAsync(consultants, companies, cancellationToken);
            }
        }
        finally
        {
            _reloading = false;
            _loading.Release();
        }
    }

    private static MatchIndex CreateIndex(MatchingOptions options, ILogger logger)
    {
        var index = new MatchIndex(options);
        index.BackgroundError = ex => LogCompactionFailed(logger, ex);
        return index;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Match index loaded: {Consultants} published profiles over {Skills} skills in {Milliseconds:0} ms")]
    private partial void LogLoaded(int consultants, int skills, double milliseconds);

    [LoggerMessage(Level = LogLevel.Error, Message = "Background compaction of the match index failed; the index stays correct")]
    private static partial void LogCompactionFailed(ILogger logger, Exception exception);
}
