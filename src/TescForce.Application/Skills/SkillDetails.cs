using TescForce.Domain.Skills;

namespace TescForce.Application.Skills;

/// <summary>A skill of the catalogue as anyone may read it: labels, synonyms, and its active broader and narrower skills.</summary>
/// <param name="MergedIntoId">For a skill merged into another, the survivor to use instead.</param>
public sealed record SkillDetails(
    int Id,
    string Code,
    string Label,
    string LabelEn,
    string? LabelFr,
    SkillStatus Status,
    int? MergedIntoId,
    IReadOnlyList<SkillSynonymText> Synonyms,
    IReadOnlyList<SkillRef> Parents,
    IReadOnlyList<SkillRef> Children);

/// <summary>A synonym and its language (<c>en</c> or <c>fr</c>).</summary>
public sealed record SkillSynonymText(string Language, string Text);

/// <summary>A skill named in the reader's language.</summary>
public sealed record SkillRef(int Id, string Label);
