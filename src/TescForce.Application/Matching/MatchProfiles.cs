using Microsoft.EntityFrameworkCore;
using TescForce.Application.Common.Persistence;
using TescForce.Domain.Companies;
using TescForce.Domain.Consultants;
using TescForce.Domain.Skills;
using TescForce.Matching.Profiles;
using TescForce.Matching.Taxonomy;

namespace TescForce.Application.Matching;

/// <summary>Reads what the match index holds from the database: the taxonomy, published profiles, company approvals.</summary>
internal static class MatchProfiles
{
    public static async Task<SkillGraph> LoadGraphAsync(IAppDb db, CancellationToken cancellationToken)
    {
        var skills = await db.SkillTags.AsNoTracking().Select(s => new { s.Id, s.Type }).ToListAsync(cancellationToken);
        var parents = await db.SkillParentLinks.AsNoTracking().Where(l => !l.Detached)
            .Select(l => new { l.ChildId, l.ParentId }).ToListAsync(cancellationToken);
        var related = await db.SkillRelations.AsNoTracking().Select(r => new { r.SkillId, r.RelatedSkillId }).ToListAsync(cancellationToken);
        return SkillGraph.Build(
            skills.Select(s => new SkillNode(s.Id, s.Type == SkillConceptType.Group)),
            parents.Select(l => (l.ChildId, l.ParentId)),
            related.Select(r => (r.SkillId, r.RelatedSkillId)));
    }

    public static async Task<List<KeyValuePair<Guid, bool>>> LoadCompaniesAsync(IAppDb db, IReadOnlyCollection<Guid>? ids, CancellationToken cancellationToken)
    {
        var companies = db.MemberCompanies.AsNoTracking();
        if (ids is not null)
        {
            companies = companies.Where(c => ids.Contains(c.Id));
        }

        var rows = await companies.Select(c => new { c.Id, c.Status }).ToListAsync(cancellationToken);
        return [.. rows.Select(r => KeyValuePair.Create(r.Id, r.Status == CompanyStatus.Approved))];
    }

    /// <summary>The published profiles (all of them, or those among <paramref name="ids"/>).</summary>
    public static async Task<List<ConsultantProfile>> LoadPublishedAsync(IAppDb db, IReadOnlyCollection<Guid>? ids, CancellationToken cancellationToken)
    {
        var consultants = db.Consultants.AsNoTracking().Where(c => c.Status == ConsultantStatus.Published);
        if (ids is not null)
        {
            consultants = consultants.Where(c => ids.Contains(c.Id));
        }

        var rows = await consultants
            .Select(c => new
            {
                c.Id, c.CompanyId, c.DailyRateEur, c.CapacityPercent, c.SeniorityYears, c.AvailableFrom, c.AvailableUntil,
                c.AvailabilityConfirmedAt, c.TimeZone, c.WorkdayStart, c.WorkdayEnd,
            })
            .ToListAsync(cancellationToken);
        var skills = (await db.ConsultantSkills.AsNoTracking()
                .Where(s => consultants.Any(c => c.Id == s.ConsultantId))
                .Select(s => new { s.ConsultantId, s.SkillTagId, s.Level, s.Years })
                .ToListAsync(cancellationToken))
            .ToLookup(s => s.ConsultantId, s => new ProfileSkill(s.SkillTagId, s.Level, s.Years));
        var languages = (await db.ConsultantLanguages.AsNoTracking()
                .Where(l => consultants.Any(c => c.Id == l.ConsultantId))
                .Select(l => new { l.ConsultantId, l.Code, l.Level })
                .ToListAsync(cancellationToken))
            .ToLookup(l => l.ConsultantId, l => new ProfileLanguage(l.Code, (int)l.Level));
        return [.. rows.Select(c => new ConsultantProfile(c.Id, c.CompanyId, c.DailyRateEur, c.CapacityPercent, c.SeniorityYears,
            c.AvailableFrom, c.AvailableUntil, DateTime.SpecifyKind(c.AvailabilityConfirmedAt, DateTimeKind.Utc) + AvailabilityFreshness.StaleAfter,
            c.TimeZone, c.WorkdayStart, c.WorkdayEnd, [.. skills[c.Id]], [.. languages[c.Id]]))];
    }
}
