using TescForce.Application.Common;
using TescForce.Domain.Consultants;
using TescForce.Matching.Queries;

namespace TescForce.Application.TalentPool;

/// <summary>
/// A search of the anonymous talent pool without a mission. Every filter is optional; those given all
/// apply. A skill also matches its narrower skills in the taxonomy (searching "machine learning" finds
/// the PyTorch experts), and the minimum level applies to the best of those skills.
/// </summary>
public sealed record TalentSearchQuery
{
    public const int MaxWithinWeeks = 104;

    /// <summary>A skill of the taxonomy; its narrower skills match too.</summary>
    public int? SkillId { get; init; }

    /// <summary>1 (notions) to 5 (expert), on the skill above (or a narrower one); needs <see cref="SkillId"/>.</summary>
    public int? MinSkillLevel { get; init; }

    public SeniorityBand? Seniority { get; init; }

    /// <summary>Available on or before this date (and not gone before today).</summary>
    public DateOnly? AvailableBy { get; init; }

    /// <summary>Available within this many weeks from today (0: now); with <see cref="AvailableBy"/>, the earlier date wins.</summary>
    public int? AvailableWithinWeeks { get; init; }

    /// <summary>ISO 639-1 code, e.g. "en".</summary>
    public string? LanguageCode { get; init; }

    /// <summary>The lowest CEFR level of <see cref="LanguageCode"/> accepted; needs a language.</summary>
    public CefrLevel? MinLanguageLevel { get; init; }

    public PageRequest Page { get; init; } = new();
}
