using TescForce.Application.Consultants;
using TescForce.Domain.Consultants;

namespace TescForce.Web.Api;

/// <summary>A skill of a consultant: a skill of the catalogue (<c>/api/v1/skills</c>), a level from 1 (notions) to 5 (expert), years of practice.</summary>
public sealed record ConsultantSkillApi(int SkillId, int Level, int Years);

/// <summary>A language (ISO 639-1 code) and its CEFR level.</summary>
public sealed record ConsultantLanguageApi(string Code, CefrLevel Level);

/// <summary>
/// A consultant profile as sent to create or replace it. The field names are those of the validation errors; absent values
/// take the defaults written here (an absent list is empty). The version is not in the body: it is the <c>If-Match</c> header.
/// </summary>
public sealed record ConsultantApiRequest
{
    public string? FullName { get; init; }

    public string? Email { get; init; }

    /// <summary>The company's own identifier (HR or bench tool), unique within the company; at most 100 characters.</summary>
    public string? ExternalReference { get; init; }

    public string? Headline { get; init; }

    public string? Summary { get; init; }

    public int SeniorityYears { get; init; }

    public string? City { get; init; }

    /// <summary>Two-letter ISO code; default FR.</summary>
    public string? CountryCode { get; init; }

    /// <summary>Default FullyRemote.</summary>
    public RemotePreference? RemotePreference { get; init; }

    /// <summary>Daily rate in whole euros excluding VAT, 100 to 5,000.</summary>
    public int DailyRateEur { get; init; }

    /// <summary>IANA time zone; default Europe/Paris.</summary>
    public string? TimeZone { get; init; }

    /// <summary>Default 09:00.</summary>
    public TimeOnly? WorkdayStart { get; init; }

    /// <summary>Default 18:00.</summary>
    public TimeOnly? WorkdayEnd { get; init; }

    /// <summary>yyyy-MM-dd; default today.</summary>
    public DateOnly? AvailableFrom { get; init; }

    /// <summary>yyyy-MM-dd; absent when open-ended.</summary>
    public DateOnly? AvailableUntil { get; init; }

    /// <summary>Share of full time, 10 to 100; default 100.</summary>
    public int? CapacityPercent { get; init; }

    public IReadOnlyList<string>? Sectors { get; init; }

    public IReadOnlyList<string>? Certifications { get; init; }

    public IReadOnlyList<ConsultantSkillApi>? Skills { get; init; }

    public IReadOnlyList<ConsultantLanguageApi>? Languages { get; init; }

    /// <summary>The service's input, with the defaults above; <paramref name="version"/> comes from <c>If-Match</c>.</summary>
    public ConsultantInput ToInput(int version = 0) => new()
    {
        FullName = FullName!, Email = Email!, ExternalReference = ExternalReference, Headline = Headline!, Summary = Summary ?? "",
        SeniorityYears = SeniorityYears, City = City!, CountryCode = CountryCode ?? "FR",
        RemotePreference = RemotePreference ?? Domain.Consultants.RemotePreference.FullyRemote, DailyRateEur = DailyRateEur,
        TimeZone = TimeZone ?? "Europe/Paris", WorkdayStart = WorkdayStart ?? new TimeOnly(9, 0), WorkdayEnd = WorkdayEnd ?? new TimeOnly(18, 0),
        AvailableFrom = AvailableFrom ?? DateOnly.FromDateTime(DateTime.UtcNow), AvailableUntil = AvailableUntil, CapacityPercent = CapacityPercent ?? 100,
        Sectors = [.. Sectors ?? []], Certifications = [.. Certifications ?? []],
        Skills = [.. (Skills ?? []).Where(s => s is not null).Select(s => new SkillInput { SkillTagId = s.SkillId, Level = s.Level, Years = s.Years })],
        Languages = [.. (Languages ?? []).Where(l => l is not null).Select(l => new LanguageInput { Code = l.Code ?? "", Level = l.Level })],
        Version = version,
    };
}

/// <summary>A whole consultant profile, as its company sees it; <c>version</c> is also the <c>ETag</c>.</summary>
public sealed record ConsultantApiResponse(
    Guid Id,
    string Reference,
    string? ExternalReference,
    ConsultantStatus Status,
    string? RejectionReason,
    string FullName,
    string Email,
    string Headline,
    string Summary,
    int SeniorityYears,
    string City,
    string CountryCode,
    RemotePreference RemotePreference,
    int DailyRateEur,
    string TimeZone,
    TimeOnly WorkdayStart,
    TimeOnly WorkdayEnd,
    DateOnly AvailableFrom,
    DateOnly? AvailableUntil,
    int CapacityPercent,
    IReadOnlyList<string> Sectors,
    IReadOnlyList<string> Certifications,
    IReadOnlyList<ConsultantSkillApi> Skills,
    IReadOnlyList<ConsultantLanguageApi> Languages,
    DateTime? ConsentRecordedAt,
    string? ConsentMethod,
    DateTime AvailabilityConfirmedAt,
    FreshnessState Freshness,
    DateTime CreatedAt,
    DateTime UpdatedAt,
    int Version)
{
    public static ConsultantApiResponse From(ConsultantDetails details)
    {
        ArgumentNullException.ThrowIfNull(details);
        var p = details.Input;
        return new ConsultantApiResponse(details.Id, details.Reference, p.ExternalReference, details.Status, details.RejectionReason,
            p.FullName, p.Email, p.Headline, p.Summary, p.SeniorityYears, p.City, p.CountryCode, p.RemotePreference, p.DailyRateEur,
            p.TimeZone, p.WorkdayStart, p.WorkdayEnd, p.AvailableFrom, p.AvailableUntil, p.CapacityPercent, p.Sectors, p.Certifications,
            [.. p.Skills.Select(s => new ConsultantSkillApi(s.SkillTagId, s.Level, s.Years))],
            [.. p.Languages.Select(l => new ConsultantLanguageApi(l.Code, l.Level))],
            details.ConsentRecordedAt, details.ConsentMethod, details.AvailabilityConfirmedAt, details.Freshness, details.CreatedAt,
            details.UpdatedAt, p.Version);
    }
}

/// <summary>A consultant in a list.</summary>
public sealed record ConsultantApiListItem(
    Guid Id,
    string Reference,
    string? ExternalReference,
    string FullName,
    string Headline,
    int SeniorityYears,
    ConsultantStatus Status,
    DateOnly AvailableFrom,
    int CapacityPercent,
    int DailyRateEur,
    DateTime AvailabilityConfirmedAt,
    FreshnessState Freshness,
    DateTime UpdatedAt,
    int SkillCount)
{
    public static ConsultantApiListItem From(ConsultantListItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        return new ConsultantApiListItem(item.Id, item.Reference, item.ExternalReference, item.FullName, item.Headline, item.SeniorityYears,
            item.Status, item.AvailableFrom, item.CapacityPercent, item.DailyRateEur, item.AvailabilityConfirmedAt, item.Freshness,
            item.UpdatedAt, item.SkillCount);
    }
}

/// <summary>The consultant's consent to be listed: when it was obtained (yyyy-MM-dd, default today) and how.</summary>
public sealed record ConsentApiRequest(DateOnly? ConsentRecordedAt, string? ConsentMethod);

/// <summary>Many consultants' availability, all or nothing.</summary>
public sealed record AvailabilityApiRequest(IReadOnlyList<AvailabilityApiItem?>? Items);

/// <summary>
/// One consultant's availability: by <c>id</c> or by <c>externalReference</c> (one of the two); <c>availableFrom</c> is required,
/// <c>availableUntil</c> absent means open-ended, <c>capacityPercent</c> absent keeps the current one, <c>confirmAvailability</c>
/// (default true) also confirms the availability as of now.
/// </summary>
public sealed record AvailabilityApiItem(Guid? Id, string? ExternalReference, DateOnly? AvailableFrom, DateOnly? AvailableUntil,
    int? CapacityPercent, bool? ConfirmAvailability)
{
    public AvailabilityUpdate ToUpdate() =>
        new(Id, ExternalReference, AvailableFrom, AvailableUntil, CapacityPercent, ConfirmAvailability ?? true);
}

/// <summary>What the bulk update changed: every item, in the order sent, with its new version and ETag.</summary>
public sealed record AvailabilityApiResponse(int Updated, IReadOnlyList<AvailabilityApiResult> Items);

public sealed record AvailabilityApiResult(Guid Id, string? ExternalReference, int Version, string ETag);
