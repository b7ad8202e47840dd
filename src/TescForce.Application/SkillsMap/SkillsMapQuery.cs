using TescForce.Domain.Consultants;

namespace TescForce.Application.SkillsMap;

/// <summary>
/// What the skills map is narrowed to. Every filter is optional; those given all apply, to every breakdown.
/// </summary>
public sealed record SkillsMapQuery
{
    /// <summary>A skill or a family of the taxonomy: consultants with it or a narrower skill. The family breakdown lists its children.</summary>
    public int? SkillId { get; init; }

    /// <summary>ISO 639-1 code, e.g. "en".</summary>
    public string? LanguageCode { get; init; }

    /// <summary>The lowest CEFR level of <see cref="LanguageCode"/> accepted; needs a language.</summary>
    public CefrLevel? MinLanguageLevel { get; init; }

    /// <summary>Available some day of [<see cref="AvailableFrom"/>, <see cref="AvailableTo"/>]; either end may be open.</summary>
    public DateOnly? AvailableFrom { get; init; }

    public DateOnly? AvailableTo { get; init; }
}
