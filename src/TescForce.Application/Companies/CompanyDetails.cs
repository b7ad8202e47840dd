using TescForce.Domain.Companies;

namespace TescForce.Application.Companies;

public sealed record CompanyDetails(
    Guid Id,
    string Name,
    string Siren,
    string City,
    string? Website,
    string? Description,
    CompanyStatus Status,
    string? DecisionReason,
    DateTime CreatedAt,
    int Version,
    int ConsultantCount,
    int PublishedCount);
