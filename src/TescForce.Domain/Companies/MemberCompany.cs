using TescForce.Domain.Common;

namespace TescForce.Domain.Companies;

/// <summary>An IT-services company (ESN) of the region, identified by its SIREN number.</summary>
public sealed class MemberCompany : IVersioned
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public required string Name { get; set; }

    public required string Siren { get; set; }

    public required string City { get; set; }

    public string? Website { get; set; }

    public string? Description { get; set; }

    public CompanyStatus Status { get; set; } = CompanyStatus.Pending;

    /// <summary>The curator's reason when rejected or suspended.</summary>
    public string? DecisionReason { get; set; }

    public DateTime? DecidedAt { get; set; }

    public string? DecidedByUserId { get; set; }

    public DateTime CreatedAt { get; set; }

    public int Version { get; set; }

    public bool CanPublish => Status == CompanyStatus.Approved;

    public void Approve(string curatorId, DateTime now)
    {
        if (Status is not (CompanyStatus.Pending or CompanyStatus.Rejected or CompanyStatus.Suspended))
        {
            throw new DomainException("company.already-approved", Messages.Companies_CompanyAlreadyApproved);
        }

        Status = CompanyStatus.Approved;
        DecisionReason = null;
        Decided(curatorId, now);
    }

    public void Reject(string curatorId, string reason, DateTime now)
    {
        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new DomainException("company.reason-required", Messages.Shared_GiveCompanyReasonRejection);
        }

        if (Status != CompanyStatus.Pending)
        {
            throw new DomainException("company.not-pending", Messages.Companies_OnlyPendingCompanyRejected);
        }

        Status = CompanyStatus.Rejected;
        DecisionReason = reason.Trim();
        Decided(curatorId, now);
    }

    private void Decided(string curatorId, DateTime now)
    {
        DecidedAt = now;
        DecidedByUserId = curatorId;
    }
}
