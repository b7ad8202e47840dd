namespace TescForce.Matching.Profiles;

/// <summary>
/// What the matcher knows of a visible consultant: no name, no e-mail, nothing it does not rank on.
/// The application builds it from the database (published profiles only).
/// </summary>
/// <param name="FreshUntil">UTC instant at which the availability, unconfirmed, goes stale.</param>
/// <param name="TimeZone">IANA time zone of the working hours.</param>
public sealed record ConsultantProfile(
    Guid Id,
    Guid CompanyId,
    int DailyRateEur,
    int CapacityPercent,
    int SeniorityYears,
    DateOnly AvailableFrom,
    DateOnly? AvailableUntil,
    DateTime FreshUntil,
    string TimeZone,
    TimeOnly WorkdayStart,
    TimeOnly WorkdayEnd,
    IReadOnlyList<ProfileSkill> Skills,
    IReadOnlyList<ProfileLanguage> Languages);

/// <param name="Level">1 (notions) to 5 (expert).</param>
public readonly record struct ProfileSkill(int SkillId, int Level, int Years);

/// <param name="Code">ISO 639-1, lower case.</param>
/// <param name="Level">CEFR as a number: 1 = A1 … 6 = C2.</param>
public readonly record struct ProfileLanguage(string Code, int Level);
