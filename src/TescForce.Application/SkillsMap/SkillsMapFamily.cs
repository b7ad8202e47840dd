namespace TescForce.Application.SkillsMap;

/// <summary>A family (or skill) of the taxonomy and how many consultants have it or a narrower skill; <paramref name="Count"/> null when hidden.</summary>
public sealed record SkillsMapFamily(int SkillId, string Label, int? Count, bool HasChildren);
