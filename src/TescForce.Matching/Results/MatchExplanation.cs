namespace TescForce.Matching.Results;

/// <summary>Why a consultant is where they are in the list.</summary>
/// <param name="Skills">Each required skill: met, met through which skill, or missing.</param>
/// <param name="Criteria">Each criterion's value and points; their sum is the score.</param>
/// <param name="Relaxed">The constraints this person fails under the mission's own rules, admitted by the view's relaxations.</param>
/// <param name="Fairness">Set when the fairness rule between member companies moved this person.</param>
public sealed record MatchExplanation(
    IReadOnlyList<SkillEvidence> Skills,
    IReadOnlyList<CriterionScore> Criteria,
    IReadOnlyList<ConstraintFailure> Relaxed,
    FairnessMove? Fairness);

/// <summary>A move made by the fairness rule.</summary>
/// <param name="Promoted">True when moved up into the first places; false when moved down to make room.</param>
/// <param name="RankByScore">Where the score alone would have placed this person.</param>
public sealed record FairnessMove(bool Promoted, int RankByScore);
