namespace TescForce.Application.Skills.Taxonomy;

/// <summary>What a merge moved onto the survivor.</summary>
/// <param name="Consultants">Profiles that had the merged skill (those that had both keep the higher level and years).</param>
/// <param name="Missions">Missions that required it (those that required both keep the stronger importance and the higher minimum level).</param>
/// <param name="Synonyms">Labels and synonyms added to the survivor's synonyms.</param>
public sealed record SkillMergeResult(int Consultants, int Missions, int Synonyms);
