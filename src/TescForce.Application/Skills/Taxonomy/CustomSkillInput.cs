namespace TescForce.Application.Skills.Taxonomy;

/// <summary>A skill a curator adds to the catalogue; its code is <c>custom:</c> and a slug of the English label.</summary>
public sealed class CustomSkillInput
{
    public string LabelEn { get; set; } = "";

    /// <summary>Optional: without it the English label is shown to French readers.</summary>
    public string? LabelFr { get; set; }

    /// <summary>Optional: a skill may start without a parent, as a root of the catalogue.</summary>
    public int? ParentId { get; set; }
}
