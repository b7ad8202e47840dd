using System.Collections.Concurrent;

namespace TescForce.Matching.Scoring;

/// <summary>
/// Overlap of two sets of daily working hours in different IANA time zones, with the daylight-saving
/// rules in force on a given day.
/// </summary>
public static class WorkingHours
{
    private const int MaxCachedOverlaps = 100_000;
    private static readonly ConcurrentDictionary<string, TimeZoneInfo> Zones = new(StringComparer.Ordinal);
    private static readonly ConcurrentDictionary<(string, TimeOnly, TimeOnly, string, TimeOnly, TimeOnly, DateOnly), double> Overlaps = new();

    /// <summary>
    /// <see cref="OverlapHours"/>, remembered: queries ask again and again for the same few schedules on
    /// the same days, and each answer costs several time-zone conversions.
    /// </summary>
    public static double CachedOverlapHours(string consultantZone, TimeOnly consultantStart, TimeOnly consultantEnd,
        string clientZone, TimeOnly clientStart, TimeOnly clientEnd, DateOnly day)
    {
        var key = (consultantZone, consultantStart, consultantEnd, clientZone, clientStart, clientEnd, day);
        if (Overlaps.TryGetValue(key, out var hours))
        {
            return hours;
        }

        if (Overlaps.Count >= MaxCachedOverlaps)
        {
            Overlaps.Clear();
        }

        hours = OverlapHours(consultantZone, consultantStart, consultantEnd, clientZone, clientStart, clientEnd, day);
        Overlaps[key] = hours;
        return hours;
    }

    /// <summary>Finds an IANA zone; an unknown id counts as UTC (profiles and missions are validated before they get here).</summary>
    public static TimeZoneInfo Zone(string id) => Zones.GetOrAdd(id, static key =>
        TimeZoneInfo.TryFindSystemTimeZoneById(key, out var zone) ? zone : TimeZoneInfo.Utc);

    /// <summary>
    /// The longest stretch, in hours, that the consultant's working day <paramref name="day"/> shares with
    /// the client's hours of that day, the day before or the day after (for zones far apart).
    /// </summary>
    public static double OverlapHours(string consultantZone, TimeOnly consultantStart, TimeOnly consultantEnd,
        string clientZone, TimeOnly clientStart, TimeOnly clientEnd, DateOnly day)
    {
        var (start, end) = UtcWindow(Zone(consultantZone), consultantStart, consultantEnd, day);
        var client = Zone(clientZone);
        var best = 0.0;
        for (var shift = -1; shift <= 1; shift++)
        {
            var (otherStart, otherEnd) = UtcWindow(client, clientStart, clientEnd, day.AddDays(shift));
            var overlap = (Min(end, otherEnd) - Max(start, otherStart)).TotalHours;
            best = Math.Max(best, overlap);
        }

        return best;
    }

    private static (DateTime Start, DateTime End) UtcWindow(TimeZoneInfo zone, TimeOnly from, TimeOnly to, DateOnly day)
    {
        var localStart = day.ToDateTime(from, DateTimeKind.Unspecified);
        var localEnd = to > from ? day.ToDateTime(to, DateTimeKind.Unspecified) : day.AddDays(1).ToDateTime(to, DateTimeKind.Unspecified);
        return (ToUtc(localStart, zone), ToUtc(localEnd, zone));
    }

    private static DateTime ToUtc(DateTime local, TimeZoneInfo zone) =>
        // The offset in force at that local time; a time skipped by a DST change takes the offset before it.
        DateTime.SpecifyKind(local - zone.GetUtcOffset(zone.IsInvalidTime(local) ? local.AddHours(-1) : local), DateTimeKind.Utc);

    private static DateTime Min(DateTime a, DateTime b) => a < b ? a : b;

    private static DateTime Max(DateTime a, DateTime b) => a > b ? a : b;
}
