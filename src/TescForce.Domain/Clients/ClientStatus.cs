namespace TescForce.Domain.Clients;

public enum ClientStatus
{
    /// <summary>Registered, waiting for a curator: may draft missions and browse, not publish nor request introductions.</summary>
    Pending,
    Verified,
    Rejected,
}
