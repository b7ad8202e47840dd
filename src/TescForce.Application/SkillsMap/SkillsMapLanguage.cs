namespace TescForce.Application.SkillsMap;

/// <summary>A language: how many speak it, and how many at each CEFR level (A1 to C2); null counts are hidden.</summary>
public sealed record SkillsMapLanguage(string Code, int? Count, IReadOnlyList<SkillsMapCount> Levels);
