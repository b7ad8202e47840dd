namespace TescForce.Domain.Consultants;

public enum ConsultantStatus
{
    Draft,

    /// <summary>Submitted by the company, waiting for a curator's review.</summary>
    Submitted,
    Published,
    Rejected,
    Archived,
}
