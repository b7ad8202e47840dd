namespace TescForce.Application.Skills.Search;

/// <summary>One skill found by a search, with the label that matched and how well.</summary>
public sealed record SkillSearchHit(int SkillId, double Score, string MatchedLabel, string MatchedLanguage, SkillMatchKind Kind);

public enum SkillMatchKind
{
    Exact,
    Prefix,
    Word,
    Fuzzy,
}
