namespace TescForce.Matching.Queries;

/// <summary>The hard constraints. All but <see cref="Visibility"/> and <see cref="Relevance"/> can be relaxed for a mission.</summary>
[Flags]
public enum MatchConstraint
{
    None = 0,

    /// <summary>Available from no later than the start plus the grace period, and until the end when the profile has an end.</summary>
    Availability = 1,

    /// <summary>Capacity at least the mission's workload.</summary>
    Capacity = 2,

    /// <summary>Every required language at or above its CEFR level.</summary>
    Languages = 4,

    /// <summary>Daily rate at or below the maximum plus the tolerance.</summary>
    Rate = 8,

    /// <summary>Enough overlap between the working hours and the client's hours.</summary>
    TimeZoneOverlap = 16,

    /// <summary>Every must-have skill met, directly or through the taxonomy.</summary>
    MustHaveSkills = 32,

    /// <summary>Published, not stale, company approved: never relaxed.</summary>
    Visibility = 64,

    /// <summary>At least one required skill met in some way (even a sibling or a related one): never relaxed.</summary>
    Relevance = 128,
}
