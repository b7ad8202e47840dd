namespace TescForce.Domain.Consultants;

/// <summary>Availability not confirmed for 30 days is stale: hidden from clients until confirmed again.</summary>
public static class AvailabilityFreshness
{
    public static readonly TimeSpan StaleAfter = TimeSpan.FromDays(30);

    /// <summary>How long before going stale a profile is shown as "about to be stale".</summary>
    public static readonly TimeSpan WarnBefore = TimeSpan.FromDays(7);

    public static DateTime StaleThreshold(DateTime now) => now - StaleAfter;

    public static FreshnessState StateOf(DateTime confirmedAt, DateTime now)
    {
        var age = now - confirmedAt;
        if (age >= StaleAfter)
        {
            return FreshnessState.Stale;
        }

        return age >= StaleAfter - WarnBefore ? FreshnessState.StaleSoon : FreshnessState.Fresh;
    }
}

public enum FreshnessState
{
    Fresh,
    StaleSoon,
    Stale,
}
