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

    /// <summary>
    /// The last sign that the person is still in touch with their company (ADR 0018): created, edited, consent recorded,
    /// availability confirmed, profile confirmed as current, an introduction accepted. Retention counts from here.
    /// </summary>
    public DateTime LastActiveContactAt { get; set; }

    /// <summary>When the company was told the profile would be anonymised for lack of contact; cleared by the next contact.</summary>
    public DateTime? RetentionNoticeSentAt { get; set; }

    /// <summary>When the personal data was erased (a request or the retention job); the record stays as an anonymous placeholder.</summary>
    public DateTime? ErasedAt { get; set; }

    /// <summary>Optimistic concurrency: incremented by every save, checked by the database on update.</summary>
    public int Version { get; set; }

    public bool HasConsent => ConsentRecordedAt is not null && !string.IsNullOrWhiteSpace(ConsentMethod);

    public FreshnessState Freshness(DateTime now) => AvailabilityFreshness.StateOf(AvailabilityConfirmedAt, now);

    public void RecordConsent(DateTime obtainedAt, string method)
    {
        if (string.IsNullOrWhiteSpace(method))
        {
            throw new DomainException("consultant.consent-method", Messages.Consultants_SayHowConsultantConsent);
        }

        ConsentRecordedAt = obtainedAt;
        ConsentMethod = method.Trim();
    }

    public void Submit()
    {
        if (Status is not (ConsultantStatus.Draft or ConsultantStatus.Rejected))
        {
            throw new DomainException("consultant.not-draft", Messages.Consultants_OnlyDraftRejectedProfile);
        }

        if (!HasConsent)
        {
            throw new DomainException("consultant.consent-required",
                Messages.Consultants_RecordConsultantConsentDate);
        }

        if (Skills.Count == 0)
        {
            throw new DomainException("consultant.skills-required", Messages.Consultants_AddLeastSkillBefore);
        }

        Status = ConsultantStatus.Submitted;
        RejectionReason = null;
    }

    public void Publish(bool companyApproved, DateTime now)
    {
        if (Status != ConsultantStatus.Submitted)
        {
            throw new DomainException("consultant.not-submitted", Messages.Consultants_OnlySubmittedProfilePublished);
        }

        if (!companyApproved)
        {
            throw new DomainException("consultant.company-pending",
                Messages.Consultants_CompanyNotApprovedYet);
        }

        Status = ConsultantStatus.Published;
        PublishedAt = now;
    }

    public void Reject(string reason)
    {
        if (Status != ConsultantStatus.Submitted)
        {
            throw new DomainException("consultant.not-submitted", Messages.Consultants_OnlySubmittedProfileRejected);
        }

        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new DomainException("consultant.reason-required", Messages.Shared_GiveCompanyReasonRejection);
        }

        Status = ConsultantStatus.Rejected;
        RejectionReason = reason.Trim();
    }

    public void Archive()
    {
        if (Status == ConsultantStatus.Archived)
        {
            throw new DomainException("consultant.archived", Messages.Consultants_ProfileAlreadyArchived);
        }

        Status = ConsultantStatus.Archived;
    }

    public void ConfirmAvailability(DateTime now)
    {
        if (Status == ConsultantStatus.Archived)
        {
            throw new DomainException("consultant.archived", Messages.Consultants_ArchivedProfileCannotConfirmed);
        }

        AvailabilityConfirmedAt = now;
        RecordActiveContact(now);
    }

    /// <summary>The company was in touch with the person: the retention clock starts again and a pending notice is withdrawn.</summary>
    public void RecordActiveContact(DateTime now)
    {
        if (ErasedAt is not null)
        {
            throw new DomainException("consultant.erased", Messages.Consultants_ErasedProfileCannotRenewed);
        }

        LastActiveContactAt = now;
        RetentionNoticeSentAt = null;
    }
}
