namespace TescForce.Matching.Taxonomy;

/// <param name="Id">The skill tag's id in the catalogue.</param>
/// <param name="IsGrouping">A catalogue section (an ESCO skill group), not a skill one practises: its children are not siblings.</param>
public readonly record struct SkillNode(int Id, bool IsGrouping = false);
