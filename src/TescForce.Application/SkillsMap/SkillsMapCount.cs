namespace TescForce.Application.SkillsMap;

/// <summary>One bar of a breakdown. <paramref name="Count"/> is null when the public map hides it (fewer than 5).</summary>
/// <param name="Key">What the bar stands for: a company id, a seniority band, a CEFR level, a skill id.</param>
public sealed record SkillsMapCount(string Key, string Label, int? Count);
