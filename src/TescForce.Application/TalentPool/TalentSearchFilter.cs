using TescForce.Domain.Consultants;
using TescForce.Matching.Queries;

namespace TescForce.Application.TalentPool;

/// <summary>
/// Filters and counts the rows of a search in memory, so that the rules are the same on both
/// databases and the four facets cost one pass each instead of four grouped queries.
/// </summary>
internal sealed class TalentSearchFilter(TalentSearchQuery query, DateOnly today)
{
    private readonly DateOnly? _availableBy = EarliestOf(query.AvailableBy, query.AvailableWithinWeeks is { } w ? today.AddDays(7 * w) : null);
    private readonly string? _language = query.LanguageCode?.Trim().ToLowerInvariant() is { Length: > 0 } code ? code : null;
    private readonly CefrLevel _minLanguageLevel = query.MinLanguageLevel ?? CefrLevel.A1;

    public List<TalentSearchRow> Matching(IEnumerable<TalentSearchRow> rows) =>
        [.. rows.Where(r => LevelOk(r) && SeniorityOk(r) && AvailabilityOk(r, _availableBy) && LanguageOk(r, _language))];

    public TalentFacets Facets(IReadOnlyCollection<TalentSearchRow> rows) => new(
        [.. Enum.GetValues<SeniorityBand>().Select(band => new FacetCount<SeniorityBand>(band,
            rows.Count(r => LevelOk(r) && AvailabilityOk(r, _availableBy) && LanguageOk(r, _language) && SeniorityBands.Of(r.SeniorityYears) == band)))],
        [.. TalentFacets.AvailabilityWindows.Select(weeks => new FacetCount<int>(weeks,
            rows.Count(r => LevelOk(r) && SeniorityOk(r) && LanguageOk(r, _language) && AvailabilityOk(r, today.AddDays(7 * weeks)))))],
        [.. rows.Where(r => LevelOk(r) && SeniorityOk(r) && AvailabilityOk(r, _availableBy))
            .SelectMany(r => r.Languages.Where(l => l.Level >= _minLanguageLevel).Select(l => l.Code).Distinct())
            .CountBy(code => code)
            .OrderByDescending(c => c.Value).ThenBy(c => c.Key, StringComparer.Ordinal)
            .Select(c => new FacetCount<string>(c.Key, c.Value))],
        query.SkillId is null
            ? []
            : [.. Enumerable.Range(ConsultantSkill.MinLevel, ConsultantSkill.MaxLevel).Select(level => new FacetCount<int>(level,
                rows.Count(r => r.SkillLevel >= level && SeniorityOk(r) && AvailabilityOk(r, _availableBy) && LanguageOk(r, _language))))]);

    /// <summary>With a skill, only those who have it (or a narrower one), at the minimum level if one is asked.</summary>
    private bool LevelOk(TalentSearchRow row) => query.SkillId is null || row.SkillLevel >= (query.MinSkillLevel ?? 1);

    private bool SeniorityOk(TalentSearchRow row) => query.Seniority is not { } band || SeniorityBands.Of(row.SeniorityYears) == band;

    /// <summary>Some day of [today, by] is available: from on or before <paramref name="by"/>, and not gone before today.</summary>
    private bool AvailabilityOk(TalentSearchRow row, DateOnly? by) =>
        by is not { } date || (row.AvailableFrom <= date && (row.AvailableUntil is not { } until || until >= today));

    private bool LanguageOk(TalentSearchRow row, string? language) =>
        language is null || row.Languages.Any(l => l.Code == language && l.Level >= _minLanguageLevel);

    private static DateOnly? EarliestOf(DateOnly? a, DateOnly? b) => a is { } x && b is { } y ? (x < y ? x : y) : a ?? b;
}
