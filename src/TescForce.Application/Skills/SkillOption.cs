namespace TescForce.Application.Skills;

/// <summary>A skill as offered by the picker: its label in the chosen language and the other one.</summary>
/// <param name="MatchedSynonym">The synonym the query matched, when it was not a preferred label.</param>
public sealed record SkillOption(int Id, string Label, string OtherLabel, string? MatchedSynonym);
