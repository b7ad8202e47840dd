namespace TescForce.Domain.Skills;

public enum SkillStatus
{
    Active,
    Deprecated,
    Merged,
}
