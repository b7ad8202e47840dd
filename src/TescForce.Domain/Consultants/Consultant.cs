using TescForce.Domain.Common;

namespace TescForce.Domain.Consultants;

/// <summary>
/// An available engineer of a member company. The private identity (<see cref="FullName"/>,
/// <see cref="Email"/>) is seen only by that company and curators; everything else forms the
/// anonymous card clients see once the profile is published and fresh.
/// </summary>
public sealed class Consultant : IVersioned
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid CompanyId { get; set; }

    /// <summary>The public, anonymous reference (e.g. TF-7K3QX2), quoted by clients and in "why not" questions.</summary>
    public required string Reference { get; set; }

    /// <summary>The company's own identifier for this person (HR or bench tool), unique within the company.</summary>
    public string? ExternalReference { get; set; }

    public required string FullName { get; set; }

    public required string Email { get; set; }

    public required string Headline { get; set; }

    public string Summary { get; set; } = "";

    public int SeniorityYears { get; set; }

    public required string City { get; set; }

    public string CountryCode { get; set; } = "FR";

    public RemotePreference RemotePreference { get; set; } = RemotePreference.FullyRemote;

    /// <summary>Daily rate in whole euros, excluding VAT (TJM).</summary>
    public int DailyRateEur { get; set; }

    /// <summary>IANA time zone of the consultant's working hours.</summary>
    public string TimeZone { get; set; } = "Europe/Paris";

    public TimeOnly WorkdayStart { get; set; } = new(9, 0);

    public TimeOnly WorkdayEnd { get; set; } = new(18, 0);

    public DateOnly AvailableFrom { get; set; }

    public DateOnly? AvailableUntil { get; set; }

    /// <summary>Share of full time the person can give, 10 to 100 %.</summary>
    public int CapacityPercent { get; set; } = 100;

    public DateTime AvailabilityConfirmedAt { get; set; }

    public List<string> Sectors { get; set; } = [];

    public List<string> Certifications { get; set; } = [];

    public List<ConsultantSkill> Skills { get; set; } = [];

    public List<ConsultantLanguage> Languages { get; set; } = [];

    public ConsultantStatus Status { get; set; } = ConsultantStatus.Draft;

    public string? RejectionReason { get; set; }

    /// <summary>The profile as the curators last decided on it (published or refused), as JSON: a re-submission shows what changed since.</summary>
    public string? ReviewedVersion { get; set; }

    public DateTime? ConsentRecordedAt { get; set; }

    /// <summary>How the consent was obtained (signed form, e-mail, HR system…).</summary>
    public string? ConsentMethod { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime UpdatedAt { get; set; }

    public DateTime? PublishedAt { get; set; }

    /// <summary>Optimistic concurrency: incremented by every save, checked by the database on update.</summary>
    public int Version { get; set; }

    public bool HasConsent => ConsentRecordedAt is not null && !string.IsNullOrWhiteSpace(ConsentMethod);

    public FreshnessState Freshness(DateTime now) => AvailabilityFreshness.StateOf(AvailabilityConfirmedAt, now);

    public void RecordConsent(DateTime obtainedAt, string method)
    {
        if (string.IsNullOrWhiteSpace(method))
        {
            throw new DomainException("consultant.consent-method", "Say how the consultant's consent was obtained.");
        }

        ConsentRecordedAt = obtainedAt;
        ConsentMethod = method.Trim();
    }

    public void Submit()
    {
        if (Status is not (ConsultantStatus.Draft or ConsultantStatus.Rejected))
        {
            throw new DomainException("consultant.not-draft", "Only a draft or rejected profile can be submitted.");
        }

        if (!HasConsent)
        {
            throw new DomainException("consultant.consent-required",
                "Record the consultant's consent (date and how it was obtained) before submitting the profile.");
        }

        if (Skills.Count == 0)
        {
            throw new DomainException("consultant.skills-required", "Add at least one skill before submitting the profile.");
        }

        Status = ConsultantStatus.Submitted;
        RejectionReason = null;
    }

    public void Publish(bool companyApproved, DateTime now)
    {
        if (Status != ConsultantStatus.Submitted)
        {
            throw new DomainException("consultant.not-submitted", "Only a submitted profile can be published.");
        }

        if (!companyApproved)
        {
            throw new DomainException("consultant.company-pending",
                "The company is not approved yet: its profiles cannot be published.");
        }

        Status = ConsultantStatus.Published;
        PublishedAt = now;
    }

    public void Reject(string reason)
    {
        if (Status != ConsultantStatus.Submitted)
        {
            throw new DomainException("consultant.not-submitted", "Only a submitted profile can be rejected.");
        }

        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new DomainException("consultant.reason-required", "Give the company a reason for the rejection.");
        }

        Status = ConsultantStatus.Rejected;
        RejectionReason = reason.Trim();
    }

    public void Archive()
    {
        if (Status == ConsultantStatus.Archived)
        {
            throw new DomainException("consultant.archived", "This profile is already archived.");
        }

        Status = ConsultantStatus.Archived;
    }

    public void ConfirmAvailability(DateTime now)
    {
        if (Status == ConsultantStatus.Archived)
        {
            throw new DomainException("consultant.archived", "An archived profile cannot be confirmed as available.");
        }

        AvailabilityConfirmedAt = now;
    }
}
