using TescForce.Matching.Taxonomy;

namespace TescForce.Matching.Ranking;

/// <summary>A consultant skill that meets required skill number <see cref="Requirement"/> of a query.</summary>
internal readonly record struct SkillHit(int Requirement, SkillMatchKind Kind, float Credit);
