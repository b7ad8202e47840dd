namespace TescForce.Domain.Missions;

/// <summary>A skill a mission requires, with its importance and the minimum level (1 to 5).</summary>
public sealed class MissionSkill
{
    public Guid MissionId { get; set; }

    public int SkillTagId { get; set; }

    public SkillImportance Importance { get; set; }

    public int MinLevel { get; set; } = 1;
}

/// <summary>How much a required skill matters; the order is that of the matching engine's importance.</summary>
public enum SkillImportance
{
    MustHave,
    Important,
    NiceToHave,
}
