using TescForce.Domain.Consultants;

namespace TescForce.Application.TalentPool;

/// <summary>What the search filters and counts on, for one visible profile.</summary>
/// <param name="SkillLevel">The best level among the searched skill and its narrower ones (0 when no skill is searched).</param>
internal sealed record TalentSearchRow(
    Guid Id,
    string Reference,
    int SeniorityYears,
    DateOnly AvailableFrom,
    DateOnly? AvailableUntil,
    IReadOnlyList<(string Code, CefrLevel Level)> Languages,
    int SkillLevel);
