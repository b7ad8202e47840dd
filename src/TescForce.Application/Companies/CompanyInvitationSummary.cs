namespace TescForce.Application.Companies;

public sealed record CompanyInvitationSummary(Guid Id, string Email, DateTime CreatedAt, DateTime ExpiresAt, DateTime? AcceptedAt);

/// <summary>A new invitation; <see cref="Link"/> carries the token and is shown once to the inviter.</summary>
public sealed record CreatedInvitation(Guid Id, string Email, DateTime ExpiresAt, string Link);
