namespace TescForce.Domain.Skills;

/// <summary>A synonym of a skill in one language. A curator's removal of an imported one is kept as <see cref="Removed"/>.</summary>
public sealed class SkillAltLabel
{
    public int Id { get; set; }

    public int SkillTagId { get; set; }

    /// <summary>"en" or "fr".</summary>
    public required string Language { get; set; }

    public required string Text { get; set; }

    public SkillOrigin Origin { get; set; }

    public bool Removed { get; set; }
}
