namespace TescForce.Application.Skills;

/// <summary>How a free-text skill label (a CSV cell, a job description) maps to the taxonomy.</summary>
/// <param name="SkillId">The skill whose label or synonym equals the text, ignoring case and accents; null when none does.</param>
/// <param name="Suggestions">The closest skills, offered when there is no exact match.</param>
public sealed record SkillResolution(int? SkillId, IReadOnlyList<SkillOption> Suggestions);
