namespace TescForce.Application.Skills.Search;

/// <summary>What the search index knows of one skill tag: its labels in both languages.</summary>
public sealed record SkillSearchDocument(int SkillId, IReadOnlyList<SkillSearchLabel> Labels);

/// <param name="Language">"en" or "fr".</param>
public sealed record SkillSearchLabel(string Text, string Language, SkillLabelKind Kind);

public enum SkillLabelKind
{
    /// <summary>The preferred label of the skill in that language.</summary>
    Preferred,

    /// <summary>A synonym (alternative label).</summary>
    Alternative,
}
