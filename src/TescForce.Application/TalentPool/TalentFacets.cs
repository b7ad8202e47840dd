using TescForce.Matching.Queries;

namespace TescForce.Application.TalentPool;

/// <summary>
/// Faceted counts: for each filter, the number of results each of its values would give with all the
/// OTHER filters applied (so choosing a value shows that many cards). Seniority bands are exclusive;
/// availability windows and minimum levels are cumulative (within 4 weeks includes now; level 3+
/// includes 5). Skill levels are empty without a skill.
/// </summary>
public sealed record TalentFacets(
    IReadOnlyList<FacetCount<SeniorityBand>> Seniority,
    IReadOnlyList<FacetCount<int>> AvailableWithinWeeks,
    IReadOnlyList<FacetCount<string>> Languages,
    IReadOnlyList<FacetCount<int>> MinSkillLevels)
{
    /// <summary>The availability windows offered as facets: now, within 4 weeks, within 12 weeks.</summary>
    public static IReadOnlyList<int> AvailabilityWindows { get; } = [0, 4, 12];
}
