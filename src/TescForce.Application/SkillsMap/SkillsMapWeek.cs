namespace TescForce.Application.SkillsMap;

/// <summary>A week (Monday to Sunday) of the timeline and how many are available some day of it; null when hidden.</summary>
public sealed record SkillsMapWeek(DateOnly Start, int? Count);
