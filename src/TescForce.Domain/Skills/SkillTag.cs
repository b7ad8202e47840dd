namespace TescForce.Domain.Skills;

/// <summary>
/// A node of the skill taxonomy: an ESCO concept, a skill of the curated supplement or one added by a
/// curator. <see cref="Code"/> is the stable key (the ESCO URI, or <c>tescforce:…</c>).
/// </summary>
public sealed class SkillTag
{
    public int Id { get; set; }

    public required string Code { get; set; }

    public SkillConceptType Type { get; set; }

    public SkillOrigin Origin { get; set; }

    public required string LabelEn { get; set; }

    /// <summary>Null when ESCO has no French label yet: the English one is shown instead.</summary>
    public string? LabelFr { get; set; }

    public string? DescriptionEn { get; set; }

    public SkillStatus Status { get; set; } = SkillStatus.Active;

    public int? MergedIntoId { get; set; }

    /// <summary>A curator changed the English label: a newer import must not overwrite it.</summary>
    public bool LabelEnCurated { get; set; }

    /// <summary>A curator changed the French label: a newer import must not overwrite it.</summary>
    public bool LabelFrCurated { get; set; }

    public List<SkillAltLabel> AltLabels { get; set; } = [];

    public List<SkillParentLink> Parents { get; set; } = [];

    public DateTime UpdatedAt { get; set; }

    public string Label(string language) =>
        language == "fr" && !string.IsNullOrWhiteSpace(LabelFr) ? LabelFr : LabelEn;
}
