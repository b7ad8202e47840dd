using TescForce.Domain.Privacy;

namespace TescForce.Application.Privacy;

/// <param name="Consultant">The linked consultant, if any.</param>
public sealed record PersonalDataRequestDetails(
    Guid Id, PersonalDataRequestKind Kind, string RequesterName, string RequesterEmail, string? CompanyName, string Message, string Culture,
    PersonalDataRequestStatus Status, DateTime ReceivedAt, DateTime DueAt, bool Overdue, DateTime? ErasedAt, DateTime? HandledAt,
    string? Resolution, ConsultantCandidate? Consultant, int Version);
