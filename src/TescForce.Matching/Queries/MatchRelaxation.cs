namespace TescForce.Matching.Queries;

/// <summary>
/// What the client loosens for one view of the matches, on top of the mission's own rules. The
/// explanation of each result says which of these it needed.
/// </summary>
/// <param name="ExtraGraceDays">Days added to the mission's availability grace period.</param>
/// <param name="ExtraRateTolerancePercent">Percentage points added to the mission's rate tolerance.</param>
/// <param name="Ignored">Constraints not applied at all (<see cref="MatchConstraint.Visibility"/> and <see cref="MatchConstraint.Relevance"/> always are).</param>
public sealed record MatchRelaxation(int ExtraGraceDays = 0, int ExtraRateTolerancePercent = 0, MatchConstraint Ignored = MatchConstraint.None)
{
    public static MatchRelaxation None { get; } = new();

    public bool IsNone => ExtraGraceDays == 0 && ExtraRateTolerancePercent == 0 && (Ignored & ~(MatchConstraint.Visibility | MatchConstraint.Relevance)) == 0;
}
