using TescForce.Matching.Queries;

namespace TescForce.Matching.Results;

/// <summary>Why a consultant is out of the list (or needed a relaxation to be in it).</summary>
/// <param name="Reason">A finer reason within the constraint.</param>
/// <param name="Subject">The skill id or the language code concerned, when there is one.</param>
/// <param name="Actual">The consultant's value (rate, capacity, CEFR level, overlap hours, day number of a date…).</param>
/// <param name="Required">The limit the mission sets, in the same unit.</param>
public sealed record ConstraintFailure(MatchConstraint Constraint, FailureReason Reason, string? Subject = null, double? Actual = null, double? Required = null);

public enum FailureReason
{
    AvailableTooLate,
    UnavailableBeforeEnd,
    CapacityTooLow,
    LanguageMissing,
    LanguageLevelTooLow,
    RateTooHigh,
    OverlapTooShort,
    MustHaveSkillMissing,
    NoSkillInCommon,
    NotPublished,
    Stale,
    CompanyNotApproved,
}
