using TescForce.Domain.Consultants;
using TescForce.Domain.Introductions;

namespace TescForce.Application.Privacy;

/// <summary>
/// Everything TescForce holds about one consultant, answered to an access request (GDPR article 15) as JSON.
/// The shape is stable and versioned by <see cref="Schema"/>: camelCase names, enums as strings, UTC ISO-8601 times.
/// A change of shape takes a new schema version.
/// </summary>
public sealed record PersonalDataExport(
    string Schema, DateTime GeneratedAt, ExportedConsultant Consultant, IReadOnlyList<ExportedSkill> Skills,
    IReadOnlyList<ExportedLanguage> Languages, ExportedAvailability Availability, ExportedConsent Consent,
    IReadOnlyList<ExportedIntroduction> Introductions, IReadOnlyList<ExportedAuditEntry> AuditEntries)
{
    public const string CurrentSchema = "tescforce.personal-data-export/1";
}

public sealed record ExportedConsultant(
    Guid Id, string Reference, string? ExternalReference, string FullName, string Email, Guid CompanyId, string CompanyName,
    string Headline, string Summary, int SeniorityYears, string City, string CountryCode, RemotePreference RemotePreference,
    int DailyRateEur, string TimeZone, TimeOnly WorkdayStart, TimeOnly WorkdayEnd, IReadOnlyList<string> Sectors,
    IReadOnlyList<string> Certifications, ConsultantStatus Status, string? RejectionReason, DateTime CreatedAt, DateTime UpdatedAt,
    DateTime? PublishedAt);

public sealed record ExportedSkill(int SkillId, string Label, int Level, int Years);

public sealed record ExportedLanguage(string Code, CefrLevel Level);

public sealed record ExportedAvailability(DateOnly AvailableFrom, DateOnly? AvailableUntil, int CapacityPercent, DateTime ConfirmedAt);

public sealed record ExportedConsent(DateTime? RecordedAt, string? Method);

public sealed record ExportedIntroduction(
    Guid Id, Guid MissionId, string MissionTitle, IntroductionStatus Status, string Message, string? DeclineReason,
    DateTime RequestedAt, DateTime? RespondedAt, IReadOnlyList<ExportedIntroductionEvent> Events);

public sealed record ExportedIntroductionEvent(IntroductionStatus Status, DateTime At, string? Note);

/// <param name="Before">The entry's JSON of values before the change, as recorded.</param>
public sealed record ExportedAuditEntry(DateTime At, string? ActorName, string Action, string? Summary, string? Before, string? After);
