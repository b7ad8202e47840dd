namespace TescForce.Domain.Skills;

public enum SkillConceptType
{
    /// <summary>A grouping concept (ESCO skill group, ISCED-F field, broad knowledge area).</summary>
    Group,
    Skill,
    Knowledge,
}
