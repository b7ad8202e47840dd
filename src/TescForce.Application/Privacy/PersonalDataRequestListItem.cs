using TescForce.Domain.Privacy;

namespace TescForce.Application.Privacy;

public sealed record PersonalDataRequestListItem(
    Guid Id, PersonalDataRequestKind Kind, string RequesterName, string RequesterEmail, string? CompanyName,
    PersonalDataRequestStatus Status, DateTime ReceivedAt, DateTime DueAt, bool Overdue, bool Linked);
