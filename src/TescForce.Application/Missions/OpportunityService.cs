using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using TescForce.Application.Common;
using TescForce.Application.Common.Persistence;
using TescForce.Application.Matching;
using TescForce.Domain.Missions;
using TescForce.Matching.Queries;

namespace TescForce.Application.Missions;

/// <summary>
/// For a member company: the open missions its own consultants match, with the place each would have.
/// The company sees its consultants' places, never the others' (nor who they are).
/// </summary>
public sealed class OpportunityService(IAppDbFactory dbFactory, MatchIndexHost host, TimeProvider clock, MatchingTelemetry telemetry)
{
    /// <summary>How deep in each mission's list the company's consultants are looked for.</summary>
    public const int Depth = 50;

    public async Task<IReadOnlyList<Opportunity>> ListAsync(ActingUser actor, CancellationToken cancellationToken = default)
    {
        var companyId = actor.RequireOwnCompany();
        using var activity = MatchingTelemetry.StartActivity(MatchingTelemetry.Opportunities);
        await using var db = await dbFactory.CreateAsync(cancellationToken);
        var missions = await db.Missions.AsNoTracking().Include(m => m.Skills).Include(m => m.Languages).AsSplitQuery()
            .Where(m => m.Status == MissionStatus.Open)
            .ToListAsync(cancellationToken);
        var countries = await db.ClientOrganisations.AsNoTracking().ToDictionaryAsync(c => c.Id, c => c.CountryCode, cancellationToken);
        var index = await host.GetAsync(cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;

        var found = new List<(Mission Mission, int Listed, List<(Guid Id, int Rank, double Score)> Ours)>();
        foreach (var mission in missions)
        {
            var query = MatchingService.ToQuery(MissionMapper.ToCriteria(MissionMapper.ToInput(mission)), MatchRelaxation.None, now) with { Take = Depth };
            var startedAt = Stopwatch.GetTimestamp();
            var result = index.Rank(query);
            telemetry.RecordQuery(MatchingTelemetry.Opportunities, startedAt, result.Total);
            var ours = result.Items.Where(i => i.CompanyId == companyId).Select(i => (i.ConsultantId, i.Rank, i.Score)).ToList();
            if (ours.Count > 0)
            {
                found.Add((mission, result.Total, ours));
            }
        }

        var ids = found.SelectMany(f => f.Ours.Select(o => o.Id)).Distinct().ToList();
        var names = await db.Consultants.AsNoTracking().Where(c => ids.Contains(c.Id) && c.CompanyId == companyId)
            .ToDictionaryAsync(c => c.Id, c => new { c.Reference, c.FullName }, cancellationToken);
        return [.. found
            .OrderBy(f => f.Ours.Min(o => o.Rank)).ThenBy(f => f.Mission.StartDate)
            .Select(f => new Opportunity(f.Mission.Id, f.Mission.Title, countries.GetValueOrDefault(f.Mission.ClientId, ""), f.Mission.StartDate,
                f.Mission.DurationWeeks, f.Listed,
                [.. f.Ours.Where(o => names.ContainsKey(o.Id))
                    .Select(o => new OpportunityCandidate(o.Id, names[o.Id].Reference, names[o.Id].FullName, o.Rank, o.Score))]))];
    }
}
