namespace TescForce.Application.Missions.Text;

/// <summary>A skill whose label or synonym occurs in a text.</summary>
/// <param name="SkillId">The skill.</param>
/// <param name="MatchedText">Its first occurrence, as written in the text.</param>
/// <param name="Occurrences">How many times the skill occurs, under any of its labels.</param>
/// <param name="FirstIndex">Where <paramref name="MatchedText"/> starts in the text.</param>
public sealed record SkillPhraseMatch(int SkillId, string MatchedText, int Occurrences, int FirstIndex);
