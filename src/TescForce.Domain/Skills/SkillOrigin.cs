namespace TescForce.Domain.Skills;

/// <summary>Where a skill, a label or a link comes from: the import may only change what it brought.</summary>
public enum SkillOrigin
{
    Esco,
    Supplement,
    Curator,
}
