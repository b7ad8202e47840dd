namespace TescForce.Matching.Results;

/// <summary>One page of the ranked list.</summary>
/// <param name="Total">Every consultant who passes the constraints, on all pages.</param>
/// <param name="UnknownSkillIds">Required skills the taxonomy does not know (deleted meanwhile): nobody meets them.</param>
public sealed record MatchResult(int Total, IReadOnlyList<RankedConsultant> Items, IReadOnlyList<int> UnknownSkillIds);
