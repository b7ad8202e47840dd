namespace TescForce.Domain.Skills;

/// <summary>An ESCO skill-to-skill relation ("essential" or "optional" for the related skill).</summary>
public sealed class SkillRelation
{
    public int SkillId { get; set; }

    public int RelatedSkillId { get; set; }

    public bool Essential { get; set; }
}
