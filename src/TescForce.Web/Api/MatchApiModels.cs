using TescForce.Application.Matching;
using TescForce.Application.TalentPool;
using TescForce.Domain.Consultants;
using TescForce.Domain.Missions;
using TescForce.Matching.Results;
using TescForce.Matching.Taxonomy;

namespace TescForce.Web.Api;

/// <summary>A page of a mission's ranked list.</summary>
/// <param name="Total">Consultants in the list on all pages (at most <paramref name="Top"/> when it is given).</param>
/// <param name="Top">The number of best-ranked consultants considered, when the call limited it.</param>
/// <param name="UnknownSkillIds">Required skills no longer in the catalogue: nobody can meet them.</param>
public sealed record MatchList(IReadOnlyList<MatchItem> Items, int Page, int PageSize, int Total, int PageCount, int? Top,
    IReadOnlyList<int> UnknownSkillIds)
{
    /// <summary>The API's page of a ranked list, cut after the first <paramref name="top"/> ranks when given.</summary>
    public static MatchList From(MatchPage page, int? top)
    {
        ArgumentNullException.ThrowIfNull(page);
        var total = top is { } limit ? Math.Min(page.Total, limit) : page.Total;
        var items = page.Items.Where(i => i.Rank <= total).Select(i => MatchItem.From(i, page.SkillLabels)).ToList();
        var pageCount = (int)Math.Ceiling(total / (double)page.Page.PageSize);
        return new MatchList(items, page.Page.Page, page.Page.PageSize, total, pageCount, top, page.UnknownSkillIds);
    }

    public static MatchList Example { get; } = new([MatchItem.Example], 1, 20, 1, 1, null, []);
}

/// <summary>A consultant of the ranked list: the anonymous card (no name, no company), the score and why.</summary>
/// <param name="Score">0 to 100: the sum of the criteria's points.</param>
/// <param name="MatchedSkills">Required skills the consultant has.</param>
/// <param name="MatchedThroughSkills">Required skills met through a related skill of the taxonomy (narrower, broader, sibling, related).</param>
/// <param name="MissingSkills">Required skills the profile does not meet.</param>
/// <param name="Criteria">Each criterion's measured value and points.</param>
/// <param name="FairnessRankByScore">Where the score alone would have placed the consultant, when the fairness rule between member companies moved them.</param>
public sealed record MatchItem(
    int Rank,
    double Score,
    AnonymousCard Card,
    IReadOnlyList<MatchedSkill> MatchedSkills,
    IReadOnlyList<MatchedThroughSkill> MatchedThroughSkills,
    IReadOnlyList<MissingSkill> MissingSkills,
    IReadOnlyList<CriterionPoints> Criteria,
    int? FairnessRankByScore)
{
    public static MatchItem From(MatchedConsultant match, IReadOnlyDictionary<int, string> labels)
    {
        ArgumentNullException.ThrowIfNull(match);
        ArgumentNullException.ThrowIfNull(labels);
        var skills = match.Explanation.Skills;
        return new MatchItem(match.Rank, match.Score, AnonymousCard.From(match.Card),
            [.. skills.Where(s => s.Kind == SkillMatchKind.Exact)
                .Select(s => new MatchedSkill(s.RequiredSkillId, labels.GetValueOrDefault(s.RequiredSkillId), Importance(s), s.MinLevel, s.Level, s.Years, s.Credit))],
            [.. skills.Where(s => s.Kind is not (SkillMatchKind.Exact or SkillMatchKind.Missing) && s.ViaSkillId is not null)
                .Select(s => new MatchedThroughSkill(s.RequiredSkillId, labels.GetValueOrDefault(s.RequiredSkillId), Importance(s), s.MinLevel, s.Kind,
                    s.ViaSkillId!.Value, labels.GetValueOrDefault(s.ViaSkillId.Value), s.Level, s.Years, s.Credit))],
            [.. skills.Where(s => s.Kind == SkillMatchKind.Missing || s.ViaSkillId is null)
                .Select(s => new MissingSkill(s.RequiredSkillId, labels.GetValueOrDefault(s.RequiredSkillId), Importance(s), s.MinLevel))],
            [.. match.Explanation.Criteria.Select(c => new CriterionPoints(c.Criterion, c.Value, c.Points, c.MaxPoints))],
            match.Explanation.Fairness?.RankByScore);
    }

    private static SkillImportance Importance(SkillEvidence skill) => (SkillImportance)(int)skill.Importance;

    public static MatchItem Example { get; } = new(1, 87.5, AnonymousCard.Example,
        [new MatchedSkill(3120, "Kubernetes", SkillImportance.MustHave, 4, 5, 6, 1)],
        [new MatchedThroughSkill(2877, "infrastructure as code", SkillImportance.Important, 3, SkillMatchKind.Narrower, 2901, "Terraform", 4, 4, 0.8)],
        [],
        [new CriterionPoints(Criterion.SkillCoverage, 0.93, 55.8, 60), new CriterionPoints(Criterion.Rate, 700, 10, 10)],
        null);
}

/// <summary>A consultant as clients see them before an introduction is accepted: a reference, never a name or a company.</summary>
/// <param name="Reference">The profile's public reference, to request an introduction.</param>
public sealed record AnonymousCard(string Reference, string Headline, int SeniorityYears, string City, RemotePreference RemotePreference,
    DateOnly AvailableFrom, DateOnly? AvailableUntil, int CapacityPercent, int DailyRateEur, IReadOnlyList<CardSkill> Skills,
    IReadOnlyList<CardLanguage> Languages, IReadOnlyList<string> Sectors)
{
    public static AnonymousCard From(ConsultantCard card)
    {
        ArgumentNullException.ThrowIfNull(card);
        return new AnonymousCard(card.Reference, card.Headline, card.SeniorityYears, card.City, card.RemotePreference, card.AvailableFrom,
            card.AvailableUntil, card.CapacityPercent, card.DailyRateEur, card.Skills, card.Languages, card.Sectors);
    }

    public static AnonymousCard Example { get; } = new("TF-7K3QX2", "Platform engineer, Kubernetes and GitOps", 11, "Toulouse",
        RemotePreference.FullyRemote, new DateOnly(2027, 1, 4), null, 80, 700, [new CardSkill(3120, 5, 6)], [new CardLanguage("en", CefrLevel.C1)],
        ["finance"]);
}

public sealed record MatchedSkill(int SkillId, string? Label, SkillImportance Importance, int MinLevel, int? Level, int? Years, double Credit);

/// <param name="Kind">How the consultant's skill relates to the required one: Narrower, Broader, Sibling or Related.</param>
public sealed record MatchedThroughSkill(int SkillId, string? Label, SkillImportance Importance, int MinLevel, SkillMatchKind Kind, int ThroughSkillId,
    string? ThroughLabel, int? Level, int? Years, double Credit);

public sealed record MissingSkill(int SkillId, string? Label, SkillImportance Importance, int MinLevel);

/// <param name="Value">The measured value: coverage 0 to 1, levels of margin, years, days after the start, euros… (see the criterion).</param>
public sealed record CriterionPoints(Criterion Criterion, double Value, double Points, double MaxPoints);
