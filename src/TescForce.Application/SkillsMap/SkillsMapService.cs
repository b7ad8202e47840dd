using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using TescForce.Application.Common;
using TescForce.Application.Common.Persistence;
using TescForce.Application.Skills;
using TescForce.Application.TalentPool;
using TescForce.Domain.Consultants;
using TescForce.Domain.Identity;
using TescForce.Matching.Queries;

namespace TescForce.Application.SkillsMap;

/// <summary>
/// The skills map ("cartographie des compétences"): the available consultants — the visible profiles of
/// <see cref="TalentPoolService.Visible"/> — counted by skill family, member company, seniority band,
/// language and CEFR level, and week of the next twelve. It counts over the talent pool's in-memory
/// snapshot (ADR 0007), which the change feed keeps current, so a published or edited profile shows at
/// once. Curators see everything; the public map has no company breakdown and hides small counts
/// (<see cref="SkillsMapPrivacy"/>, ADR 0009).
/// </summary>
public sealed class SkillsMapService(IAppDbFactory dbFactory, TalentPoolSnapshot pool, SkillCatalogue catalogue, TimeProvider clock)
{
    /// <summary>The full map, with the breakdown by member company; curators only.</summary>
    public async Task<SkillsMapResult> CuratorMapAsync(ActingUser actor, SkillsMapQuery query, string language, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        actor.RequireRole(Roles.Curator);
        return await ComputeAsync(query, language, withCompanies: true, cancellationToken);
    }

    /// <summary>The anonymous, aggregated map anyone may read: no companies, counts under 5 hidden.</summary>
    public async Task<SkillsMapResult> PublicMapAsync(SkillsMapQuery query, string language, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (query != Unfiltered)
        {
            return SkillsMapPrivacy.Hide(await ComputeAsync(query, language, withCompanies: false, cancellationToken));
        }

        // The unfiltered public map is what the landing page and the map's first view show to every visitor: it is
        // kept per snapshot (replaced by any change to the pool), language and minute (availability and freshness
        // are judged to the minute), so a visit costs a lookup instead of a count over every profile.
        var snapshot = await pool.GetAsync(cancellationToken);
        var minute = clock.GetUtcNow().UtcTicks / TimeSpan.TicksPerMinute;
        var key = (language, minute);
        var maps = PublicMaps.GetValue(snapshot, _ => new ConcurrentDictionary<(string, long), SkillsMapResult>());
        if (maps.TryGetValue(key, out var map))
        {
            return map;
        }

        map = SkillsMapPrivacy.Hide(await ComputeAsync(snapshot, query, language, withCompanies: false, cancellationToken));
        foreach (var older in maps.Keys.Where(k => k.Item2 < minute))
        {
            maps.TryRemove(older, out _);
        }

        return maps.GetOrAdd(key, map);
    }

    private static readonly SkillsMapQuery Unfiltered = new();

    private static readonly ConditionalWeakTable<TalentPoolSnapshot.Snapshot, ConcurrentDictionary<(string, long), SkillsMapResult>> PublicMaps = new();

    private async Task<SkillsMapResult> ComputeAsync(SkillsMapQuery query, string language, bool withCompanies, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        return await ComputeAsync(await pool.GetAsync(cancellationToken), query, language, withCompanies, cancellationToken);
    }

    private async Task<SkillsMapResult> ComputeAsync(TalentPoolSnapshot.Snapshot snapshot, SkillsMapQuery query, string language, bool withCompanies, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var today = DateOnly.FromDateTime(now);
        Validate(query, snapshot);

        // The rule of TalentPoolService.Visible: the snapshot holds published profiles of approved companies; freshness lapses with time.
        var staleBefore = AvailabilityFreshness.StaleThreshold(now);
        var subtree = query.SkillId is { } skillId ? snapshot.WithNarrower(skillId) : null;
        var code = query.LanguageCode?.Trim().ToLowerInvariant() is { Length: > 0 } c ? c : null;
        var minLevel = query.MinLanguageLevel ?? CefrLevel.A1;
        var rows = snapshot.Profiles.Values
            .Where(p => p.AvailabilityConfirmedAt > staleBefore
                && (subtree is null || p.Skills.Any(s => subtree.Contains(s.SkillId)))
                && (code is null || p.Languages.Any(l => l.Code == code && l.Level >= minLevel))
                && IsAvailable(p, query.AvailableFrom, query.AvailableTo))
            .ToList();

        var families = Families(snapshot, query.SkillId, rows);
        var labels = await catalogue.LabelsAsync(families.Select(f => f.Id).Append(query.SkillId ?? 0), language, cancellationToken);
        string Label(int id) => labels.TryGetValue(id, out var label) ? label : "#" + id.ToString(System.Globalization.CultureInfo.InvariantCulture);

        return new SkillsMapResult(
            IsPublic: !withCompanies,
            Total: rows.Count,
            Node: query.SkillId is { } node ? new SkillsMapFamily(node, Label(node), rows.Count, snapshot.Children[node].Any()) : null,
            Families: [.. families.Select(f => new SkillsMapFamily(f.Id, Label(f.Id), f.Count, snapshot.Children[f.Id].Any()))
                .OrderByDescending(f => f.Count).ThenBy(f => f.Label, StringComparer.CurrentCulture)],
            Companies: withCompanies ? await CompaniesAsync(rows, cancellationToken) : [],
            Seniority: [.. Enum.GetValues<SeniorityBand>().Select(band =>
                new SkillsMapCount(band.ToString(), band.ToString(), rows.Count(r => SeniorityBands.Of(r.SeniorityYears) == band)))],
            Languages: Languages(rows),
            Weeks: Weeks(rows, today));
    }

    /// <summary>
    /// The families under the node (the top-level families without one: the children of the taxonomy's
    /// roots), each with the number of consultants having a skill in its subtree; empty ones left out.
    /// </summary>
    private static List<(int Id, int Count)> Families(TalentPoolSnapshot.Snapshot snapshot, int? node, List<TalentPoolEntry> rows)
    {
        var index = FamilyIndex.Of(snapshot, node);
        var counts = new int[index.Families.Length];
        var countedFor = new int[index.Families.Length];
        Array.Fill(countedFor, -1);
        for (var row = 0; row < rows.Count; row++)
        {
            foreach (var (skill, _) in rows[row].Skills)
            {
                if (!index.FamiliesOf.TryGetValue(skill, out var families))
                {
                    continue;
                }

                foreach (var i in families)
                {
                    if (countedFor[i] != row)
                    {
                        countedFor[i] = row;
                        counts[i]++;
                    }
                }
            }
        }

        return [.. index.Families.Select((id, i) => (id, counts[i])).Where(f => f.Item2 > 0)];
    }

    /// <summary>
    /// The families under one node and, for each skill, the families it counts for (a skill may sit under several:
    /// the taxonomy is a DAG), so that one pass over the consultants counts them all, each consultant once per family.
    /// It depends on the taxonomy only, so it is kept per taxonomy (the snapshot's <c>Children</c>, replaced when the
    /// taxonomy changes, not when profiles do) and per node: walking every family's subtree at each request cost more
    /// than the counting itself.
    /// </summary>
    private sealed class FamilyIndex
    {
        private const int TopLevel = int.MinValue;
        private static readonly ConditionalWeakTable<ILookup<int, int>, ConcurrentDictionary<int, FamilyIndex>> Cache = new();

        private FamilyIndex(int[] families, Dictionary<int, int[]> familiesOf) => (Families, FamiliesOf) = (families, familiesOf);

        public int[] Families { get; }

        public Dictionary<int, int[]> FamiliesOf { get; }

        public static FamilyIndex Of(TalentPoolSnapshot.Snapshot snapshot, int? node) =>
            Cache.GetValue(snapshot.Children, _ => new ConcurrentDictionary<int, FamilyIndex>())
                .GetOrAdd(node ?? TopLevel, _ => Build(snapshot, node));

        private static FamilyIndex Build(TalentPoolSnapshot.Snapshot snapshot, int? node)
        {
            IEnumerable<int> candidates;
            if (node is { } parent)
            {
                candidates = snapshot.Children[parent];
            }
            else
            {
                var children = snapshot.Children.SelectMany(g => g).ToHashSet();
                candidates = snapshot.SkillIds.Where(id => !children.Contains(id))
                    .SelectMany(root => snapshot.Children[root].DefaultIfEmpty(root));
            }

            var families = candidates.Distinct().ToArray();
            var familiesOf = new Dictionary<int, List<int>>();
            for (var i = 0; i < families.Length; i++)
            {
                foreach (var skill in snapshot.WithNarrower(families[i]))
                {
                    if (!familiesOf.TryGetValue(skill, out var list))
                    {
                        familiesOf[skill] = list = [];
                    }

                    list.Add(i);
                }
            }

            return new FamilyIndex(families, familiesOf.ToDictionary(p => p.Key, p => p.Value.ToArray()));
        }
    }

    private async Task<List<SkillsMapCount>> CompaniesAsync(List<TalentPoolEntry> rows, CancellationToken cancellationToken)
    {
        var counts = rows.CountBy(r => r.CompanyId).ToList();
        var ids = counts.Select(c => c.Key).ToList();
        await using var db = await dbFactory.CreateAsync(cancellationToken);
        var names = await db.MemberCompanies.AsNoTracking().Where(m => ids.Contains(m.Id)).ToDictionaryAsync(m => m.Id, m => m.Name, cancellationToken);
        return [.. counts.Select(c => new SkillsMapCount(c.Key.ToString(), names.GetValueOrDefault(c.Key, "?"), c.Value))
            .OrderByDescending(c => c.Count).ThenBy(c => c.Label, StringComparer.CurrentCulture)];
    }

    private static List<SkillsMapLanguage> Languages(List<TalentPoolEntry> rows)
    {
        var levels = Enum.GetValues<CefrLevel>();
        return [.. rows.SelectMany(r => r.Languages.DistinctBy(l => l.Code))
            .GroupBy(l => l.Code, StringComparer.Ordinal)
            .Select(g => new SkillsMapLanguage(g.Key, g.Count(),
                [.. levels.Select(level => new SkillsMapCount(level.ToString(), level.ToString(), g.Count(l => l.Level == level)))]))
            .OrderByDescending(l => l.Count).ThenBy(l => l.Code, StringComparer.Ordinal)];
    }

    /// <summary>Per week from this Monday: available some day of the week (from today on for the current one).</summary>
    private static List<SkillsMapWeek> Weeks(List<TalentPoolEntry> rows, DateOnly today)
    {
        var monday = today.AddDays(-(((int)today.DayOfWeek + 6) % 7));
        return [.. Enumerable.Range(0, SkillsMapResult.TimelineWeeks).Select(i =>
        {
            var start = monday.AddDays(7 * i);
            var from = start < today ? today : start;
            return new SkillsMapWeek(start, rows.Count(r => IsAvailable(r, from, start.AddDays(6))));
        })];
    }

    /// <summary>Some day of [from, to] is available: from on or before <paramref name="to"/>, and not gone before <paramref name="from"/>.</summary>
    private static bool IsAvailable(TalentPoolEntry entry, DateOnly? from, DateOnly? to) =>
        (to is not { } end || entry.AvailableFrom <= end) && (from is not { } start || entry.AvailableUntil is not { } until || until >= start);

    private static void Validate(SkillsMapQuery query, TalentPoolSnapshot.Snapshot snapshot)
    {
        var errors = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        if (query.SkillId is { } skillId && !snapshot.SkillIds.Contains(skillId))
        {
            InputValidation.Add(errors, nameof(query.SkillId), Messages.Shared_SkillNotCatalogue);
        }

        if (query.LanguageCode is { } code && (code.Trim().Length != 2 || !code.Trim().All(char.IsAsciiLetter)))
        {
            InputValidation.Add(errors, nameof(query.LanguageCode), Messages.Shared_LanguageTwoLetterISO);
        }

        if (query.MinLanguageLevel is { } cefr && (string.IsNullOrWhiteSpace(query.LanguageCode) || !Enum.IsDefined(cefr)))
        {
            InputValidation.Add(errors, nameof(query.MinLanguageLevel), Messages.Shared_MinimumCEFRLevelA1);
        }

        if (query is { AvailableFrom: { } from, AvailableTo: { } to } && to < from)
        {
            InputValidation.Add(errors, nameof(query.AvailableTo), Messages.SkillsMap_EndAvailabilityWindowBefore);
        }

        InputValidation.ThrowIfAny(errors);
    }
}
