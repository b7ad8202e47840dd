namespace TescForce.Application.Missions.Text;

/// <summary>A skill proposed for a mission because its description mentions it; the client keeps or drops it.</summary>
/// <param name="SkillId">The skill.</param>
/// <param name="Label">The skill's label in the reader's language.</param>
/// <param name="MatchedText">What the description says, as written (may be a synonym or the other language).</param>
/// <param name="Occurrences">How many times the description mentions the skill.</param>
/// <param name="FirstIndex">Where the first mention starts in the description.</param>
public sealed record SkillProposal(int SkillId, string Label, string MatchedText, int Occurrences, int FirstIndex);
