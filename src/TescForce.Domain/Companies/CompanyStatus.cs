namespace TescForce.Domain.Companies;

public enum CompanyStatus
{
    /// <summary>Registered, waiting for a curator: may prepare profiles, publishes nothing.</summary>
    Pending,
    Approved,
    Rejected,
    Suspended,
}
