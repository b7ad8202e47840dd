using TescForce.Domain.Common;

namespace TescForce.Domain.Clients;

/// <summary>
/// An organisation, abroad or in another region, that posts remote missions. A curator verifies it
/// before its missions can be published or introductions requested.
/// </summary>
public sealed class ClientOrganisation : IVersioned
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public required string Name { get; set; }

    /// <summary>ISO 3166-1 alpha-2, upper case.</summary>
    public required string CountryCode { get; set; }

    /// <summary>IANA time zone of the organisation, the default of its missions.</summary>
    public required string TimeZone { get; set; }

    public string? Website { get; set; }

    /// <summary>The Team France Export agency (or other partner) that referred the client, when one did.</summary>
    public string? ReferredBy { get; set; }

    public ClientStatus Status { get; set; } = ClientStatus.Pending;

    public string? DecisionReason { get; set; }

    public DateTime? DecidedAt { get; set; }

    public string? DecidedByUserId { get; set; }

    public DateTime CreatedAt { get; set; }

    public int Version { get; set; }

    public bool IsVerified => Status == ClientStatus.Verified;

    public void Verify(string curatorId, DateTime now)
    {
        if (Status == ClientStatus.Verified)
        {
            throw new DomainException("client.already-verified", Messages.Clients_ClientAlreadyVerified);
        }

        Status = ClientStatus.Verified;
        DecisionReason = null;
        DecidedAt = now;
        DecidedByUserId = curatorId;
    }

    public void Reject(string curatorId, string reason, DateTime now)
    {
        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new DomainException("client.reason-required", Messages.Shared_GiveClientReasonRejection);
        }

        if (Status != ClientStatus.Pending)
        {
            throw new DomainException("client.not-pending", Messages.Clients_OnlyPendingClientRejected);
        }

        Status = ClientStatus.Rejected;
        DecisionReason = reason.Trim();
        DecidedAt = now;
        DecidedByUserId = curatorId;
    }
}
