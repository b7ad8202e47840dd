namespace TescForce.Matching.Queries;

/// <summary>
/// A mission as the matcher sees it, with the view's relaxations, paging and the current time.
/// </summary>
/// <param name="End">Last day of the mission, when known.</param>
/// <param name="WorkloadPercent">Share of full time the mission needs, 10 to 100.</param>
/// <param name="MaxDailyRateEur">Null when the client sets no maximum.</param>
/// <param name="RateTolerancePercent">The mission's own tolerance above the maximum rate (default 0 %).</param>
/// <param name="AvailabilityGraceDays">How late after the start a person may become available (default 14 days).</param>
/// <param name="ClientTimeZone">IANA time zone of the client.</param>
/// <param name="ClientHoursStart">Start of the client's working hours, in its time zone.</param>
/// <param name="ClientHoursEnd">End of the client's working hours, in its time zone.</param>
/// <param name="OverlapHours">Hours of the client's working hours the consultant must share; 0 for no constraint.</param>
/// <param name="Seniority">The experience wanted, or null when any will do.</param>
/// <param name="Now">The current UTC instant: freshness and "how soon" are judged against it.</param>
public sealed record MatchQuery(
    IReadOnlyList<RequiredSkill> Skills,
    IReadOnlyList<RequiredLanguage> Languages,
    DateOnly Start,
    DateOnly? End,
    int WorkloadPercent,
    int? MaxDailyRateEur,
    string ClientTimeZone,
    TimeOnly ClientHoursStart,
    TimeOnly ClientHoursEnd,
    double OverlapHours,
    SeniorityBand? Seniority,
    DateTime Now)
{
    public const int DefaultGraceDays = 14;

    public int AvailabilityGraceDays { get; init; } = DefaultGraceDays;

    public int RateTolerancePercent { get; init; }

    public MatchRelaxation Relaxation { get; init; } = MatchRelaxation.None;

    /// <summary>Results to skip (paging).</summary>
    public int Skip { get; init; }

    /// <summary>Results to return (paging).</summary>
    public int Take { get; init; } = 20;
}
