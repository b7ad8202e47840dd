using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using TescForce.Application.Common;
using TescForce.Application.Common.Persistence;
using TescForce.Application.Skills;
using TescForce.Application.TalentPool;
using TescForce.Domain.Consultants;
using TescForce.Domain.Identity;
using TescForce.Domain.Skills;
using TescForce.Matching.Queries;
using TescForce.Matching.Results;

namespace TescForce.Application.Matching;

/// <summary>
/// Ranks the talent pool against a mission and explains it, for clients and curators (the mission
/// pages and the API call this). The cards are anonymous: no name, no company.
/// </summary>
public sealed class MatchingService(MatchIndexHost host, IAppDbFactory dbFactory, SkillCatalogue catalogue, TimeProvider clock,
    MatchingTelemetry telemetry)
{
    public async Task<MatchPage> RankAsync(ActingUser actor, MissionCriteria criteria, MatchRelaxation relaxation, PageRequest page,
        string language, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(page);
        using var activity = MatchingTelemetry.StartActivity(MatchingTelemetry.Rank);
        var query = await PrepareAsync(actor, criteria, relaxation, cancellationToken) with { Skip = page.Skip, Take = page.PageSize };
        var index = await host.GetAsync(cancellationToken);
        var startedAt = Stopwatch.GetTimestamp();
        var result = index.Rank(query);
        telemetry.RecordQuery(MatchingTelemetry.Rank, startedAt, result.Total);
        activity?.SetTag("tescforce.matching.total", result.Total);

        await using var db = await dbFactory.CreateAsync(cancellationToken);
        var cards = await TalentPoolService.CardsAsync(db, query.Now, [.. result.Items.Select(i => i.ConsultantId)], cancellationToken);
        // A profile archived between the ranking and this read has no card any more: it is left out of the page.
        var items = result.Items.Where(i => cards.ContainsKey(i.ConsultantId))
            .Select(i => new MatchedConsultant(i.Rank, i.Score, cards[i.ConsultantId], i.Explanation))
            .ToList();
        var labels = await LabelsAsync(criteria, items.Select(i => i.Explanation), language, cancellationToken);
        return new MatchPage(result.Total, page, items, labels, result.UnknownSkillIds);
    }

    /// <summary>Why the profile with this public reference is not in the list for the mission (or where it is).</summary>
    public async Task<ConsultantMatchAnswer> WhyNotAsync(ActingUser actor, MissionCriteria criteria, MatchRelaxation relaxation, string reference,
        string language, CancellationToken cancellationToken = default)
    {
        var normalized = (reference ?? "").Trim().ToUpperInvariant();
        if (!ConsultantReference.IsWellFormed(normalized))
        {
            throw new ValidationFailedException("Reference", Messages.Shared_ProfileReferenceLooksLike);
        }

        using var activity = MatchingTelemetry.StartActivity(MatchingTelemetry.WhyNot);
        var query = await PrepareAsync(actor, criteria, relaxation, cancellationToken);
        var index = await host.GetAsync(cancellationToken);
        await using var db = await dbFactory.CreateAsync(cancellationToken);
        var id = await db.Consultants.AsNoTracking().Where(c => c.Reference == normalized).Select(c => (Guid?)c.Id).SingleOrDefaultAsync(cancellationToken);
        var startedAt = Stopwatch.GetTimestamp();
        var answer = index.WhyNot(query, id ?? Guid.Empty);
        telemetry.RecordQuery(MatchingTelemetry.WhyNot, startedAt, answer.Ranked is null ? 0 : 1);

        if (answer.Status == WhyNotStatus.NotVisible && !actor.IsCurator)
        {
            // Clients learn only that the profile is not in the pool, not whether it exists, is stale or belongs to a pending company.
            return new ConsultantMatchAnswer(normalized, WhyNotStatus.NotVisible,
                [new ConstraintFailure(MatchConstraint.Visibility, FailureReason.NotPublished)], null, new Dictionary<int, string>());
        }

        MatchedConsultant? listed = null;
        if (answer.Ranked is { } ranked)
        {
            var cards = await TalentPoolService.CardsAsync(db, query.Now, [ranked.ConsultantId], cancellationToken);
            listed = cards.TryGetValue(ranked.ConsultantId, out var card) ? new MatchedConsultant(ranked.Rank, ranked.Score, card, ranked.Explanation) : null;
        }

        var labels = await LabelsAsync(criteria, listed is null ? [] : [listed.Explanation], language, cancellationToken);
        return new ConsultantMatchAnswer(normalized, answer.Status, answer.Failures, listed, labels);
    }

    private async Task<MatchQuery> PrepareAsync(ActingUser actor, MissionCriteria criteria, MatchRelaxation relaxation, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(criteria);
        ArgumentNullException.ThrowIfNull(relaxation);
        actor.RequireAnyRole(Roles.ClientMember, Roles.Curator);

        var requested = criteria.Skills.Select(s => s.SkillTagId).Distinct().ToList();
        var accepted = criteria.Saved ? requested.ToHashSet() : await ActiveAsync(requested, cancellationToken);
        var errors = MissionCriteriaValidator.Validate(criteria, accepted);
        foreach (var (field, messages) in MissionCriteriaValidator.Validate(relaxation))
        {
            errors[field] = messages;
        }

        InputValidation.ThrowIfAny(errors);
        return ToQuery(criteria, relaxation, clock.GetUtcNow().UtcDateTime);
    }

    private async Task<HashSet<int>> ActiveAsync(List<int> skillIds, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateAsync(cancellationToken);
        return (await db.SkillTags.AsNoTracking().Where(s => skillIds.Contains(s.Id) && s.Status == SkillStatus.Active)
            .Select(s => s.Id).ToListAsync(cancellationToken)).ToHashSet();
    }

    /// <summary>The engine's query for validated criteria.</summary>
    public static MatchQuery ToQuery(MissionCriteria criteria, MatchRelaxation relaxation, DateTime now)
    {
        ArgumentNullException.ThrowIfNull(criteria);
        return new MatchQuery(
            [.. criteria.Skills.Select(s => new RequiredSkill(s.SkillTagId, s.Importance, s.MinLevel))],
            [.. criteria.Languages.Select(l => new RequiredLanguage(l.Code, (int)l.MinLevel))],
            criteria.Start, criteria.End, criteria.WorkloadPercent, criteria.MaxDailyRateEur,
            criteria.ClientTimeZone, criteria.ClientHoursStart, criteria.ClientHoursEnd, criteria.OverlapHours, criteria.Seniority, now)
        {
            AvailabilityGraceDays = criteria.AvailabilityGraceDays,
            RateTolerancePercent = criteria.RateTolerancePercent,
            Relaxation = relaxation,
        };
    }

    private async Task<IReadOnlyDictionary<int, string>> LabelsAsync(MissionCriteria criteria, IEnumerable<MatchExplanation> explanations,
        string language, CancellationToken cancellationToken)
    {
        var ids = criteria.Skills.Select(s => s.SkillTagId)
            .Concat(explanations.SelectMany(e => e.Skills).Where(s => s.ViaSkillId is not null).Select(s => s.ViaSkillId!.Value));
        return await catalogue.LabelsAsync(ids, language, cancellationToken);
    }
}
