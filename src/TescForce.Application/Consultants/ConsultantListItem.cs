using TescForce.Domain.Consultants;

namespace TescForce.Application.Consultants;

/// <summary>A row of the company's (or the curators') list of consultants.</summary>
public sealed record ConsultantListItem(
    Guid Id,
    Guid CompanyId,
    string CompanyName,
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
    int SkillCount);
