using TescForce.Application.Common;
using TescForce.Application.TalentPool;
using TescForce.Matching.Results;

namespace TescForce.Application.Matching;

/// <summary>One page of a mission's ranked list.</summary>
/// <param name="Total">Every consultant who passes the constraints of this view.</param>
/// <param name="SkillLabels">Labels, in the requested language, of every skill the explanations name.</param>
/// <param name="UnknownSkillIds">Required skills no longer in the taxonomy: nobody can meet them.</param>
public sealed record MatchPage(
    int Total,
    PageRequest Page,
    IReadOnlyList<MatchedConsultant> Items,
    IReadOnlyDictionary<int, string> SkillLabels,
    IReadOnlyList<int> UnknownSkillIds);

/// <summary>An anonymous card with its place, score and explanation.</summary>
public sealed record MatchedConsultant(int Rank, double Score, ConsultantCard Card, MatchExplanation Explanation);

/// <summary>The answer to "why is this profile not in the list?" for a reference a client quotes.</summary>
/// <param name="Listed">The card and its place when the profile is in the list after all.</param>
public sealed record ConsultantMatchAnswer(
    string Reference,
    WhyNotStatus Status,
    IReadOnlyList<ConstraintFailure> Failures,
    MatchedConsultant? Listed,
    IReadOnlyDictionary<int, string> SkillLabels);
