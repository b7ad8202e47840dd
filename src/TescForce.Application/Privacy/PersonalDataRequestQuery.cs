using TescForce.Domain.Privacy;

namespace TescForce.Application.Privacy;

/// <summary>The curators' list: one status (open requests by default), oldest first.</summary>
public sealed record PersonalDataRequestQuery(PersonalDataRequestStatus? Status = PersonalDataRequestStatus.Received);
