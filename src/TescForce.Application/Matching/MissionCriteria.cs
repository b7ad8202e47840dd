using TescForce.Domain.Consultants;
using TescForce.Matching.Queries;

namespace TescForce.Application.Matching;

/// <summary>
/// What a mission asks of a consultant, as the matcher needs it: from a saved mission, from a form
/// being filled in, or from an API preview. Validated by <see cref="MissionCriteriaValidator"/>.
/// </summary>
public sealed record MissionCriteria
{
    public IReadOnlyList<RequiredSkillInput> Skills { get; init; } = [];

    public IReadOnlyList<RequiredLanguageInput> Languages { get; init; } = [];

    public DateOnly Start { get; init; }

    /// <summary>Last day of the mission, when known.</summary>
    public DateOnly? End { get; init; }

    /// <summary>Share of full time, 10 to 100 %.</summary>
    public int WorkloadPercent { get; init; } = 100;

    public int? MaxDailyRateEur { get; init; }

    /// <summary>Accepted excess over the maximum rate, 0 to 50 %.</summary>
    public int RateTolerancePercent { get; init; }

    /// <summary>How late after the start a consultant may become available, 0 to 90 days.</summary>
    public int AvailabilityGraceDays { get; init; } = MatchQuery.DefaultGraceDays;

    /// <summary>IANA time zone of the client.</summary>
    public string ClientTimeZone { get; init; } = "Europe/Paris";

    public TimeOnly ClientHoursStart { get; init; } = new(9, 0);

    public TimeOnly ClientHoursEnd { get; init; } = new(17, 0);

    /// <summary>Hours of the client's day the consultant must share; 0 for none.</summary>
    public double OverlapHours { get; init; }

    public SeniorityBand? Seniority { get; init; }

    /// <summary>
    /// Criteria read from a saved mission rather than typed: a skill deprecated since it was saved is kept
    /// as it is (it can still be met), instead of refusing the mission's match page.
    /// </summary>
    internal bool Saved { get; init; }
}

/// <param name="MinLevel">1 (notions) to 5 (expert).</param>
public sealed record RequiredSkillInput(int SkillTagId, SkillImportance Importance, int MinLevel = 1);

/// <param name="Code">ISO 639-1, lower case.</param>
public sealed record RequiredLanguageInput(string Code, CefrLevel MinLevel);
