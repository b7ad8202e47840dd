namespace TescForce.Application.Skills.Taxonomy;

/// <summary>How much a skill is used: consultant profiles that have it and missions that require it, whatever their status.</summary>
public sealed record SkillUsage(int Consultants, int Missions)
{
    public static SkillUsage None { get; } = new(0, 0);
}
