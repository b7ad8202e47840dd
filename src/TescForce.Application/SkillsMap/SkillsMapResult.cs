namespace TescForce.Application.SkillsMap;

/// <summary>
/// The skills map: how many available consultants match the query (<see cref="Total"/>) and, among them,
/// the breakdowns. In the public map <see cref="Companies"/> is empty and small counts are null (hidden).
/// </summary>
/// <param name="Node">The skill or family filtered on, whose children <see cref="Families"/> lists (null: the top-level families).</param>
public sealed record SkillsMapResult(
    bool IsPublic,
    int? Total,
    SkillsMapFamily? Node,
    IReadOnlyList<SkillsMapFamily> Families,
    IReadOnlyList<SkillsMapCount> Companies,
    IReadOnlyList<SkillsMapCount> Seniority,
    IReadOnlyList<SkillsMapLanguage> Languages,
    IReadOnlyList<SkillsMapWeek> Weeks)
{
    /// <summary>Counts below this are hidden in the public map.</summary>
    public const int PublicThreshold = 5;

    public const int TimelineWeeks = 12;
}
