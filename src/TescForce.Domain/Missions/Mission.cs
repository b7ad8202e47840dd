using TescForce.Domain.Common;

namespace TescForce.Domain.Missions;

/// <summary>
/// A remote mission posted by a client organisation: drafted, submitted, moderated by a curator, then
/// open to matching until staffed or closed.
/// </summary>
public sealed class Mission : IVersioned
{
    public const int MaxWeeks = 104;

    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid ClientId { get; set; }

    public required string CreatedByUserId { get; set; }

    public required string Title { get; set; }

    public string Description { get; set; } = "";

    public List<MissionSkill> Skills { get; set; } = [];

    public List<MissionLanguage> Languages { get; set; } = [];

    public DateOnly StartDate { get; set; }

    /// <summary>Length of the mission in weeks, 1 to <see cref="MaxWeeks"/>.</summary>
    public int DurationWeeks { get; set; } = 12;

    /// <summary>Share of full time, 10 to 100 %.</summary>
    public int WorkloadPercent { get; set; } = 100;

    public int? MaxDailyRateEur { get; set; }

    /// <summary>IANA time zone of the client's working hours.</summary>
    public string TimeZone { get; set; } = "Europe/Paris";

    public TimeOnly ClientHoursStart { get; set; } = new(9, 0);

    public TimeOnly ClientHoursEnd { get; set; } = new(17, 0);

    /// <summary>Hours of the client's day the consultant must share.</summary>
    public double OverlapHours { get; set; }

    public SeniorityLevel? Seniority { get; set; }

    /// <summary>A sector code from <see cref="Consultants.Sectors"/>, when the mission has one.</summary>
    public string? Sector { get; set; }

    public MissionStatus Status { get; set; } = MissionStatus.Draft;

    public string? RejectionReason { get; set; }

    /// <summary>The mission as the curators last decided on it (opened or sent back), as JSON: a re-submission shows what changed since.</summary>
    public string? ReviewedVersion { get; set; }

    /// <summary>Contact details found in the text at submission (e-mail, phone, link): the curator looks closer.</summary>
    public bool Flagged { get; set; }

    /// <summary>What was found, for the curator.</summary>
    public string? FlagDetails { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime UpdatedAt { get; set; }

    public DateTime? SubmittedAt { get; set; }

    public DateTime? OpenedAt { get; set; }

    public DateTime? ClosedAt { get; set; }

    public string? DecidedByUserId { get; set; }

    public int Version { get; set; }

    /// <summary>The last day of the mission.</summary>
    public DateOnly EndDate => StartDate.AddDays((DurationWeeks * 7) - 1);

    public bool IsEditable => Status is MissionStatus.Draft or MissionStatus.Rejected;

    /// <summary>Sends the mission to moderation; <paramref name="contactDetails"/> are what the scan of its text found.</summary>
    public void Submit(bool clientVerified, IReadOnlyCollection<string> contactDetails, DateTime now)
    {
        if (!IsEditable)
        {
            throw new DomainException("mission.not-draft", Messages.Missions_OnlyDraftRejectedMission);
        }

        if (!clientVerified)
        {
            throw new DomainException("mission.client-pending",
                Messages.Missions_OrganisationNotVerifiedYet);
        }

        if (Skills.Count == 0)
        {
            throw new DomainException("mission.skills-required", Messages.Missions_AddLeastRequiredSkill);
        }

        Status = MissionStatus.Submitted;
        RejectionReason = null;
        Flagged = contactDetails.Count > 0;
        FlagDetails = Flagged ? string.Join(", ", contactDetails) : null;
        SubmittedAt = now;
    }

    public void Approve(string curatorId, DateTime now)
    {
        if (Status != MissionStatus.Submitted)
        {
            throw new DomainException("mission.not-submitted", Messages.Missions_OnlySubmittedMissionApproved);
        }

        Status = MissionStatus.Open;
        OpenedAt = now;
        DecidedByUserId = curatorId;
    }

    public void Reject(string curatorId, string reason)
    {
        if (Status != MissionStatus.Submitted)
        {
            throw new DomainException("mission.not-submitted", Messages.Missions_OnlySubmittedMissionRejected);
        }

        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new DomainException("mission.reason-required", Messages.Shared_GiveClientReasonRejection);
        }

        Status = MissionStatus.Rejected;
        RejectionReason = reason.Trim();
        DecidedByUserId = curatorId;
    }

    public void MarkStaffed(DateTime now)
    {
        if (Status != MissionStatus.Open)
        {
            throw new DomainException("mission.not-open", Messages.Missions_OnlyOpenMissionMarked);
        }

        Status = MissionStatus.Staffed;
        ClosedAt = now;
    }

    public void Close(DateTime now)
    {
        if (Status is MissionStatus.Closed or MissionStatus.Staffed)
        {
            throw new DomainException("mission.closed", Messages.Missions_MissionAlreadyClosed);
        }

        Status = MissionStatus.Closed;
        ClosedAt = now;
    }
}
