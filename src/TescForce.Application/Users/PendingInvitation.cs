namespace TescForce.Application.Users;

/// <summary>An invitation not accepted yet, as curators see it across organisations.</summary>
/// <param name="Expired">The link no longer works: resending gives it a new one.</param>
public sealed record PendingInvitation(Guid Id, string Email, string Organisation, bool ForClient, DateTime CreatedAt, DateTime ExpiresAt, bool Expired);
