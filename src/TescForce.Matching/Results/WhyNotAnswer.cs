namespace TescForce.Matching.Results;

/// <summary>The answer to "why is this consultant not in the list for this mission?".</summary>
/// <param name="Failures">The constraints that exclude the person, empty when they are in the list.</param>
/// <param name="Ranked">Where the person stands when they are in the list.</param>
public sealed record WhyNotAnswer(WhyNotStatus Status, IReadOnlyList<ConstraintFailure> Failures, RankedConsultant? Ranked);

public enum WhyNotStatus
{
    /// <summary>Not visible to clients (not published, stale, or company not approved), or unknown.</summary>
    NotVisible,

    /// <summary>Visible, but excluded by the constraints in <see cref="WhyNotAnswer.Failures"/>.</summary>
    Excluded,

    /// <summary>In the list, at <see cref="WhyNotAnswer.Ranked"/>.</summary>
    Listed,
}
