using TescForce.Domain.Consultants;

namespace TescForce.Application.Consultants;

/// <summary>A whole profile with its private identity: for its company and curators only.</summary>
public sealed record ConsultantDetails(
    Guid Id,
    Guid CompanyId,
    string CompanyName,
    string Reference,
    ConsultantStatus Status,
    string? RejectionReason,
    DateTime? ConsentRecordedAt,
    string? ConsentMethod,
    DateTime AvailabilityConfirmedAt,
    FreshnessState Freshness,
    DateTime CreatedAt,
    DateTime UpdatedAt,
    DateTime? RetentionNoticeSentAt,
    ConsultantInput Input);
