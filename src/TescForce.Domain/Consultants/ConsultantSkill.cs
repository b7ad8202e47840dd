namespace TescForce.Domain.Consultants;

/// <summary>A skill of a consultant: level 1 (notions) to 5 (expert) and years of practice.</summary>
public sealed class ConsultantSkill
{
    public const int MinLevel = 1;
    public const int MaxLevel = 5;
    public const int MaxYears = 50;

    public Guid ConsultantId { get; set; }

    public int SkillTagId { get; set; }

    public int Level { get; set; }

    public int Years { get; set; }
}
