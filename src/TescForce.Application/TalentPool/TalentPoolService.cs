using Microsoft.EntityFrameworkCore;
using TescForce.Application.Common;
using TescForce.Application.Common.Persistence;
using TescForce.Domain.Companies;
using TescForce.Domain.Consultants;
using TescForce.Domain.Identity;

namespace TescForce.Application.TalentPool;

/// <summary>
/// The anonymous talent pool: published, fresh profiles of approved companies, as cards. Clients and
/// curators may search it; nobody gets a private identity from here.
/// </summary>
public sealed class TalentPoolService(IAppDbFactory dbFactory, TalentPoolSnapshot pool, TimeProvider clock)
{
    /// <summary>
    /// Anonymous search of the pool without a mission, for clients and curators: a page of cards, soonest
    /// available first, and the faceted counts of each filter (see <see cref="TalentFacets"/>).
    /// </summary>
    public async Task<TalentSearchResult> SearchAsync(ActingUser actor, TalentSearchQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(query);
        actor.RequireAnyRole(Roles.ClientMember, Roles.Curator);
        Validate(query);

        var now = clock.GetUtcNow().UtcDateTime;
        var snapshot = await pool.GetAsync(cancellationToken);
        HashSet<int>? skills = null;
        if (query.SkillId is { } skillId)
        {
            skills = snapshot.SkillIds.Contains(skillId)
                ? snapshot.WithNarrower(skillId)
                : throw new ValidationFailedException(nameof(TalentSearchQuery.SkillId), Messages.Shared_SkillNotCatalogue);
        }

        // The rule of Visible: the snapshot holds published profiles of approved companies; freshness lapses with time, so it is checked here.
        var staleBefore = AvailabilityFreshness.StaleThreshold(now);
        var rows = snapshot.Profiles.Values
            .Where(p => p.AvailabilityConfirmedAt > staleBefore)
            .Select(p => new TalentSearchRow(p.Id, p.Reference, p.SeniorityYears, p.AvailableFrom, p.AvailableUntil, p.Languages,
                skills is null ? 0 : p.Skills.Where(s => skills.Contains(s.SkillId)).Select(s => s.Level).DefaultIfEmpty(0).Max()))
            .Where(r => skills is null || r.SkillLevel > 0)
            .ToList();

        var filter = new TalentSearchFilter(query, DateOnly.FromDateTime(now));
        var matching = filter.Matching(rows);
        var pageIds = matching.OrderBy(r => r.AvailableFrom).ThenBy(r => r.Reference, StringComparer.Ordinal)
            .Skip(query.Page.Skip).Take(query.Page.PageSize).Select(r => r.Id).ToList();
        await using var db = await dbFactory.CreateAsync(cancellationToken);
        var cards = await CardsAsync(db, now, pageIds, cancellationToken);
        return new TalentSearchResult(
            new PagedResult<ConsultantCard>([.. pageIds.Where(cards.ContainsKey).Select(id => cards[id])], matching.Count, query.Page),
            filter.Facets(rows));
    }

    private static void Validate(TalentSearchQuery query)
    {
        var errors = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        if (query.MinSkillLevel is { } level && (query.SkillId is null || level is < ConsultantSkill.MinLevel or > ConsultantSkill.MaxLevel))
        {
            InputValidation.Add(errors, nameof(query.MinSkillLevel), Messages.TalentPool_MinimumLevelChosenSkill);
        }

        if (query.AvailableWithinWeeks is < 0 or > TalentSearchQuery.MaxWithinWeeks)
        {
            InputValidation.Add(errors, nameof(query.AvailableWithinWeeks), Messages.Format(Messages.TalentPool_WithinWeeks, TalentSearchQuery.MaxWithinWeeks));
        }

        if (query.LanguageCode is { } code && (code.Trim().Length != 2 || !code.Trim().All(char.IsAsciiLetter)))
        {
            InputValidation.Add(errors, nameof(query.LanguageCode), Messages.Shared_LanguageTwoLetterISO);
        }

        if (query.MinLanguageLevel is { } cefr && (string.IsNullOrWhiteSpace(query.LanguageCode) || !Enum.IsDefined(cefr)))
        {
            InputValidation.Add(errors, nameof(query.MinLanguageLevel), Messages.Shared_MinimumCEFRLevelA1);
        }

        if (query.Seniority is { } band && !Enum.IsDefined(band))
        {
            InputValidation.Add(errors, nameof(query.Seniority), Messages.TalentPool_UnknownSeniorityBand);
        }

        InputValidation.ThrowIfAny(errors);
    }

    /// <summary>The anonymous cards of the given visible profiles, by consultant id (for the match list).</summary>
    internal static async Task<Dictionary<Guid, ConsultantCard>> CardsAsync(IAppDb db, DateTime now, IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken)
    {
        // Plain reads by key, visibility checked on what was read: with the rule in SQL, SQLite walks the
        // index of every published profile (60 ms on the demo data) instead of fetching twenty by id (2 ms).
        var consultants = await db.Consultants.AsNoTracking().Where(c => ids.Contains(c.Id)).ToListAsync(cancellationToken);
        var companies = consultants.Select(c => c.CompanyId).Distinct().ToList();
        var approved = (await db.MemberCompanies.AsNoTracking().Where(m => companies.Contains(m.Id) && m.Status == CompanyStatus.Approved)
            .Select(m => m.Id).ToListAsync(cancellationToken)).ToHashSet();
        consultants.RemoveAll(c => !IsVisible(c, approved.Contains(c.CompanyId), now));
        var skills = (await db.ConsultantSkills.AsNoTracking().Where(s => ids.Contains(s.ConsultantId)).ToListAsync(cancellationToken))
            .ToLookup(s => s.ConsultantId);
        var languages = (await db.ConsultantLanguages.AsNoTracking().Where(l => ids.Contains(l.ConsultantId)).ToListAsync(cancellationToken))
            .ToLookup(l => l.ConsultantId);
        foreach (var consultant in consultants)
        {
            consultant.Skills = [.. skills[consultant.Id]];
            consultant.Languages = [.. languages[consultant.Id]];
        }

        return consultants.ToDictionary(c => c.Id, CardOf);
    }

    /// <summary>The rule of <see cref="Visible"/> applied to a profile already read.</summary>
    internal static bool IsVisible(Consultant consultant, bool companyApproved, DateTime now) =>
        consultant.Status == ConsultantStatus.Published && consultant.AvailabilityConfirmedAt > AvailabilityFreshness.StaleThreshold(now) && companyApproved;

    /// <summary>The one projection of a loaded profile (with its skills and languages) to its anonymous card.</summary>
    private static ConsultantCard CardOf(Consultant c) =>
        new(c.Reference, c.Headline, c.SeniorityYears, c.City, c.RemotePreference, c.AvailableFrom,
            c.AvailableUntil, c.CapacityPercent, c.DailyRateEur,
            [.. c.Skills.OrderByDescending(s => s.Level).ThenBy(s => s.SkillTagId).Select(s => new CardSkill(s.SkillTagId, s.Level, s.Years))],
            [.. c.Languages.OrderByDescending(l => l.Level).ThenBy(l => l.Code, StringComparer.Ordinal).Select(l => new CardLanguage(l.Code, l.Level))],
            c.Sectors);

    /// <summary>The rule of visibility to clients, in one place: published, not stale, company approved.</summary>
    public static IQueryable<Consultant> Visible(IAppDb db, DateTime now)
    {
        var staleBefore = AvailabilityFreshness.StaleThreshold(now);
        return db.Consultants.AsNoTracking()
            .Where(c => c.Status == ConsultantStatus.Published && c.AvailabilityConfirmedAt > staleBefore
                && db.MemberCompanies.Any(m => m.Id == c.CompanyId && m.Status == CompanyStatus.Approved));
    }
}
