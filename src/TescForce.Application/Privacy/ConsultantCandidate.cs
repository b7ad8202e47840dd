using TescForce.Domain.Consultants;

namespace TescForce.Application.Privacy;

/// <summary>A consultant record that may be the requester: private identity included, so showing one is logged.</summary>
public sealed record ConsultantCandidate(Guid Id, string Reference, string FullName, string Email, string CompanyName, ConsultantStatus Status);
