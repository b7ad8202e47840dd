namespace TescForce.Application.SkillsMap;

/// <summary>
/// One bar of a breakdown. In the public map <paramref name="Count"/> is null when hidden: because it is under 5,
/// or (<paramref name="HiddenToProtectOthers"/>) because with the total it would give a small one away.
/// </summary>
/// <param name="Key">What the bar stands for: a company id, a seniority band, a CEFR level.</param>
public sealed record SkillsMapCount(string Key, string Label, int? Count, bool HiddenToProtectOthers = false);
