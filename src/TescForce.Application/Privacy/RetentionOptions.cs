namespace TescForce.Application.Privacy;

/// <summary>Configuration section <c>Privacy:Retention</c>: how long a consultant's profile is kept without contact (ADR 0018).</summary>
public sealed class RetentionOptions
{
    public const string SectionName = "Privacy:Retention";

    /// <summary>A profile without active contact for this long is anonymised; the privacy policy states this figure.</summary>
    public TimeSpan ConsultantInactiveAfter { get; set; } = TimeSpan.FromDays(730);

    /// <summary>How long before the anonymisation the company is asked to confirm the profile; also the least time between the two.</summary>
    public TimeSpan NoticeBefore { get; set; } = TimeSpan.FromDays(30);
}
