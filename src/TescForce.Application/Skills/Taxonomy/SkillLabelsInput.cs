namespace TescForce.Application.Skills.Taxonomy;

/// <summary>A skill's preferred labels as a curator writes them.</summary>
public sealed class SkillLabelsInput
{
    public string LabelEn { get; set; } = "";

    /// <summary>Empty: the English label is shown to French readers.</summary>
    public string? LabelFr { get; set; }
}
