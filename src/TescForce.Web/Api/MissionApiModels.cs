using System.ComponentModel;
using TescForce.Application.Missions;
using TescForce.Domain.Consultants;
using TescForce.Domain.Missions;

namespace TescForce.Web.Api;

/// <summary>A mission as a client's system sends it (create, replace, preview of matches). Omitted optional values take the website's defaults.</summary>
public sealed record MissionRequest(
    [property: Description("5 to 200 characters; no contact details (a mission carrying some is flagged for the curators).")] string? Title,
    [property: Description("Up to 20,000 characters.")] string? Description,
    [property: Description("1 to 30 skills of the catalogue (/api/v1/skills), each once.")] IReadOnlyList<MissionSkillItem>? Skills,
    [property: Description("Up to 10 languages, each once.")] IReadOnlyList<MissionLanguageItem>? Languages,
    [property: Description("First day (ISO date, not in the past).")] DateOnly? StartDate,
    [property: Description("1 to 104 weeks; default 12.")] int? DurationWeeks,
    [property: Description("Share of full time, 10 to 100; default 100.")] int? WorkloadPercent,
    [property: Description("Highest daily rate in euros, 1 to 5000; none when omitted.")] int? MaxDailyRateEur,
    [property: Description("IANA time zone of the client's working hours; default Europe/Paris.")] string? TimeZone,
    [property: Description("Start of the client's working day (HH:mm:ss); default 09:00:00.")] TimeOnly? ClientHoursStart,
    [property: Description("End of the client's working day (HH:mm:ss); default 17:00:00.")] TimeOnly? ClientHoursEnd,
    [property: Description("Hours of the client's day the consultant must share; default 2.")] double? OverlapHours,
    [property: Description("Seniority wanted, if any.")] SeniorityLevel? Seniority,
    [property: Description("A sector of the platform's list, if any.")] string? Sector)
{
    /// <summary>The service's input, with the website's defaults for what was omitted.</summary>
    public MissionInput ToInput(int version = 0)
    {
        var defaults = new MissionInput();
        return new MissionInput
        {
            Title = Title ?? "",
            Description = Description ?? "",
            // A null item ("skills": [null]) is left out, as ConsultantApiRequest does; the rules then count what is left.
            Skills = [.. (Skills ?? []).OfType<MissionSkillItem>()
                .Select(s => new MissionSkillInput { SkillTagId = s.SkillId, Importance = s.Importance, MinLevel = s.MinLevel })],
            Languages = [.. (Languages ?? []).OfType<MissionLanguageItem>().Select(l => new MissionLanguageInput { Code = l.Code ?? "", MinLevel = l.MinLevel })],
            StartDate = StartDate ?? default,
            DurationWeeks = DurationWeeks ?? defaults.DurationWeeks,
            WorkloadPercent = WorkloadPercent ?? defaults.WorkloadPercent,
            MaxDailyRateEur = MaxDailyRateEur,
            TimeZone = TimeZone ?? defaults.TimeZone,
            ClientHoursStart = ClientHoursStart ?? defaults.ClientHoursStart,
            ClientHoursEnd = ClientHoursEnd ?? defaults.ClientHoursEnd,
            OverlapHours = OverlapHours ?? defaults.OverlapHours,
            Seniority = Seniority,
            Sector = Sector,
            Version = version,
        };
    }

    /// <summary>A realistic body, for the OpenAPI examples.</summary>
    public static MissionRequest Example { get; } = new("Kubernetes platform engineer for a payments scale-up",
        "Migrate our payment services to a managed Kubernetes platform and coach the team on GitOps.",
        [new MissionSkillItem(3120, SkillImportance.MustHave, 4), new MissionSkillItem(2877, SkillImportance.Important, 3)],
        [new MissionLanguageItem("en", CefrLevel.B2)], new DateOnly(2027, 1, 11), 16, 80, 750, "Europe/Berlin", new TimeOnly(9, 0),
        new TimeOnly(17, 30), 3, SeniorityLevel.Senior, null);
}

/// <param name="MinLevel">1 (notions) to 5 (expert); default 3.</param>
public sealed record MissionSkillItem(int SkillId, SkillImportance Importance = SkillImportance.Important, int MinLevel = 3);

/// <param name="Code">ISO 639-1 code in lower case (en, fr, de…).</param>
public sealed record MissionLanguageItem(string? Code, CefrLevel MinLevel = CefrLevel.B2);

/// <summary>A mission of the client, with its state. Its <c>ETag</c> header is its version, for <c>If-Match</c>.</summary>
public sealed record MissionResponse(
    Guid Id,
    MissionStatus Status,
    string? RejectionReason,
    string Title,
    string Description,
    IReadOnlyList<MissionSkillItem> Skills,
    IReadOnlyList<MissionLanguageItem> Languages,
    DateOnly StartDate,
    DateOnly EndDate,
    int DurationWeeks,
    int WorkloadPercent,
    int? MaxDailyRateEur,
    string TimeZone,
    TimeOnly ClientHoursStart,
    TimeOnly ClientHoursEnd,
    double OverlapHours,
    SeniorityLevel? Seniority,
    string? Sector,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    DateTimeOffset? SubmittedAt,
    DateTimeOffset? OpenedAt)
{
    public static MissionResponse From(MissionDetails mission)
    {
        ArgumentNullException.ThrowIfNull(mission);
        var input = mission.Input;
        return new MissionResponse(mission.Id, mission.Status, mission.RejectionReason, input.Title, input.Description,
            [.. input.Skills.Select(s => new MissionSkillItem(s.SkillTagId, s.Importance, s.MinLevel))],
            [.. input.Languages.Select(l => new MissionLanguageItem(l.Code, l.MinLevel))],
            input.StartDate, mission.EndDate, input.DurationWeeks, input.WorkloadPercent, input.MaxDailyRateEur, input.TimeZone,
            input.ClientHoursStart, input.ClientHoursEnd, input.OverlapHours, input.Seniority, input.Sector,
            ApiDates.Utc(mission.CreatedAt), ApiDates.Utc(mission.UpdatedAt), ApiDates.Utc(mission.SubmittedAt), ApiDates.Utc(mission.OpenedAt));
    }

    public static MissionResponse Example { get; } = new(Guid.Parse("0b9c6a52-5f7e-4d0e-9a51-2c7d3e4f8a10"), MissionStatus.Draft, null,
        MissionRequest.Example.Title!, MissionRequest.Example.Description!, MissionRequest.Example.Skills!, MissionRequest.Example.Languages!,
        new DateOnly(2027, 1, 11), new DateOnly(2027, 5, 2), 16, 80, 750, "Europe/Berlin", new TimeOnly(9, 0), new TimeOnly(17, 30), 3,
        SeniorityLevel.Senior, null, new DateTimeOffset(2026, 11, 26, 9, 30, 0, TimeSpan.Zero), new DateTimeOffset(2026, 11, 26, 9, 30, 0, TimeSpan.Zero),
        null, null);
}

/// <summary>A line of the client's list of missions.</summary>
public sealed record MissionSummary(Guid Id, string Title, MissionStatus Status, DateOnly StartDate, int SkillCount, DateTimeOffset UpdatedAt,
    DateTimeOffset? SubmittedAt)
{
    public static MissionSummary From(MissionListItem mission)
    {
        ArgumentNullException.ThrowIfNull(mission);
        return new MissionSummary(mission.Id, mission.Title, mission.Status, mission.StartDate, mission.SkillCount, ApiDates.Utc(mission.UpdatedAt),
            ApiDates.Utc(mission.SubmittedAt));
    }
}

/// <summary>Instants of the API: ISO 8601 in UTC, with their offset (the database keeps UTC without a kind).</summary>
public static class ApiDates
{
    public static DateTimeOffset Utc(DateTime at) => new(DateTime.SpecifyKind(at, DateTimeKind.Utc));

    public static DateTimeOffset? Utc(DateTime? at) => at is { } value ? Utc(value) : null;
}
