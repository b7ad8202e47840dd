using System.Globalization;
using Microsoft.Extensions.Localization;
using TescForce.Domain.Consultants;
using TescForce.Matching.Results;

namespace TescForce.Web.Localization;

/// <summary>The sentences of a match explanation, in the reader's language, from the engine's structured answers.</summary>
public static class MatchTexts
{
    /// <summary>Why a constraint is not met, with the consultant's value and the mission's limit.</summary>
    public static string Failure(IStringLocalizer localizer, ConstraintFailure failure, IReadOnlyDictionary<int, string> skillLabels)
    {
        ArgumentNullException.ThrowIfNull(localizer);
        ArgumentNullException.ThrowIfNull(failure);
        var culture = CultureInfo.CurrentCulture;
        string Text(string key, params object?[] values) => string.Format(culture, localizer[key], values);
        return failure.Reason switch
        {
            FailureReason.AvailableTooLate => Text("Failure_AvailableTooLate", Date(failure.Actual), Date(failure.Required)),
            FailureReason.UnavailableBeforeEnd => Text("Failure_UnavailableBeforeEnd", Date(failure.Actual), Date(failure.Required)),
            FailureReason.CapacityTooLow => Text("Failure_CapacityTooLow", failure.Actual, failure.Required),
            FailureReason.LanguageMissing => Text("Failure_LanguageMissing", LanguageNames.Display(failure.Subject ?? "")),
            FailureReason.LanguageLevelTooLow => Text("Failure_LanguageLevelTooLow", LanguageNames.Display(failure.Subject ?? ""),
                Cefr(failure.Actual), Cefr(failure.Required)),
            FailureReason.RateTooHigh => Text("Failure_RateTooHigh", Money.Eur((int)(failure.Actual ?? 0)), Money.Eur((int)Math.Floor(failure.Required ?? 0))),
            FailureReason.OverlapTooShort => Text("Failure_OverlapTooShort", failure.Actual, failure.Required),
            FailureReason.MustHaveSkillMissing => Text("Failure_MustHaveSkillMissing", SkillLabel(failure.Subject, skillLabels)),
            _ => localizer["Failure_" + failure.Reason],
        };
    }

    private static string Date(double? dayNumber) =>
        dayNumber is { } day && day is >= 0 and < 3_652_059 ? DateOnly.FromDayNumber((int)day).ToString("d", CultureInfo.CurrentCulture) : "—";

    private static string Cefr(double? level) => level is { } value && Enum.IsDefined((CefrLevel)(int)value) ? ((CefrLevel)(int)value).ToString() : "—";

    private static string SkillLabel(string? subject, IReadOnlyDictionary<int, string> labels) =>
        int.TryParse(subject, NumberStyles.None, CultureInfo.InvariantCulture, out var id) && labels.TryGetValue(id, out var label) ? label : subject ?? "";
}
