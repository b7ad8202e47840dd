using TescForce.Domain.Skills;

namespace TescForce.Application.Skills.Taxonomy;

/// <summary>One skill as a curator edits it: labels, synonyms, parents, children, relations and usage.</summary>
/// <param name="MergedInto">The survivor, when the skill was merged into another.</param>
/// <param name="MergedFrom">The skills that were merged into this one.</param>
public sealed record TaxonomySkillDetails(
    int Id,
    string Code,
    SkillConceptType Type,
    SkillOrigin Origin,
    SkillStatus Status,
    string LabelEn,
    string? LabelFr,
    bool LabelEnCurated,
    bool LabelFrCurated,
    string? DescriptionEn,
    SkillLink? MergedInto,
    IReadOnlyList<SkillSynonym> Synonyms,
    IReadOnlyList<SkillLink> Parents,
    IReadOnlyList<SkillLink> Children,
    IReadOnlyList<SkillLink> Related,
    IReadOnlyList<SkillLink> MergedFrom,
    SkillUsage Usage);
