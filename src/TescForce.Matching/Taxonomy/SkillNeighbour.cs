namespace TescForce.Matching.Taxonomy;

/// <summary>A skill that meets a required skill, how, and for how much credit (before the level factor).</summary>
/// <param name="SkillIndex">The dense index of the consultant's skill in the <see cref="SkillGraph"/>.</param>
/// <param name="Distance">Steps in the taxonomy (0 for exact, 1 for a parent or a child…).</param>
public readonly record struct SkillNeighbour(int SkillIndex, SkillMatchKind Kind, int Distance, float Credit);
