using TescForce.Domain.Skills;

namespace TescForce.Application.Skills.Taxonomy;

/// <summary>A row of the curators' skill table: labels in the reader's language and the other one, status, origin, usage.</summary>
public sealed record TaxonomyListItem(
    int Id, string Code, string Label, string OtherLabel, SkillConceptType Type, SkillOrigin Origin, SkillStatus Status, SkillUsage Usage);
