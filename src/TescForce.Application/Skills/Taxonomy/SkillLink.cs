using TescForce.Domain.Skills;

namespace TescForce.Application.Skills.Taxonomy;

/// <summary>Another skill seen from one skill (a parent, a child, a related skill), in the reader's language.</summary>
public sealed record SkillLink(int Id, string Label, SkillStatus Status, SkillOrigin Origin);
