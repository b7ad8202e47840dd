namespace TescForce.Domain.Companies;

/// <summary>
/// An invitation for a colleague to join a member company or a client organisation (exactly one of
/// <see cref="CompanyId"/> and <see cref="ClientId"/>): both sides invite the same way, so one entity and
/// one acceptance page serve them. Only a hash of the token is stored; the token itself travels in the e-mailed link.
/// </summary>
public sealed class CompanyInvitation
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromDays(7);

    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid? CompanyId { get; set; }

    public Guid? ClientId { get; set; }

    public required string Email { get; set; }

    public required string TokenHash { get; set; }

    public required string InvitedByUserId { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime ExpiresAt { get; set; }

    public DateTime? AcceptedAt { get; set; }

    public bool IsUsable(DateTime now) => AcceptedAt is null && now < ExpiresAt;
}
