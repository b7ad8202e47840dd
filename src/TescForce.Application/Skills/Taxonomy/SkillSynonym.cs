using TescForce.Domain.Skills;

namespace TescForce.Application.Skills.Taxonomy;

/// <summary>A synonym of a skill: its language ("en" or "fr"), its text and where it comes from.</summary>
public sealed record SkillSynonym(int Id, string Language, string Text, SkillOrigin Origin);
