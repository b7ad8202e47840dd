using TescForce.Domain.Common;

namespace TescForce.Domain.Introductions;

/// <summary>
/// A client's request to meet a consultant for a mission, answered by the consultant's member company.
/// Until it is accepted the client knows the consultant only by the anonymous card.
/// </summary>
public sealed class Introduction : IVersioned
{
    public const int MaxMessageLength = 4000;

    /// <summary>How long before the deadline the company is reminded of a request it has not answered.</summary>
    public static readonly TimeSpan ReminderLead = TimeSpan.FromDays(1);

    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid MissionId { get; set; }

    public Guid ClientId { get; set; }

    public Guid ConsultantId { get; set; }

    public Guid CompanyId { get; set; }

    public required string RequestedByUserId { get; set; }

    public required string Message { get; set; }

    public IntroductionStatus Status { get; set; } = IntroductionStatus.Requested;

    public string? DeclineReason { get; set; }

    public DateTime RequestedAt { get; set; }

    public DateTime ExpiresAt { get; set; }

    public DateTime? RespondedAt { get; set; }

    /// <summary>The company member who answered: once accepted, the client's contact person.</summary>
    public string? RespondedByUserId { get; set; }

    /// <summary>When the company was reminded of the coming deadline; a request is reminded once.</summary>
    public DateTime? ReminderSentAt { get; set; }

    public List<IntroductionEvent> History { get; set; } = [];

    public int Version { get; set; }

    public static Introduction Request(Guid missionId, Guid clientId, Guid consultantId, Guid companyId, string userId, string message,
        DateTime now, TimeSpan answerWithin)
    {
        if (string.IsNullOrWhiteSpace(message))
        {
            throw new DomainException("introduction.message-required", Messages.Introductions_TellCompanyWhyWould);
        }

        if (message.Length > MaxMessageLength)
        {
            throw new DomainException("introduction.message-too-long", Messages.Shared_MessageMost000Characters);
        }

        var introduction = new Introduction
        {
            MissionId = missionId, ClientId = clientId, ConsultantId = consultantId, CompanyId = companyId, RequestedByUserId = userId,
            Message = message.Trim(), RequestedAt = now, ExpiresAt = now + answerWithin,
        };
        introduction.Record(IntroductionStatus.Requested, userId, now, introduction.Message);
        return introduction;
    }

    public void Accept(string userId, DateTime now)
    {
        RequirePending(now);
        Status = IntroductionStatus.Accepted;
        RespondedAt = now;
        RespondedByUserId = userId;
        Record(IntroductionStatus.Accepted, userId, now, null);
    }

    public void Decline(string userId, string reason, DateTime now)
    {
        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new DomainException("introduction.reason-required", Messages.Introductions_GiveClientReasonConsultant);
        }

        RequirePending(now);
        Status = IntroductionStatus.Declined;
        DeclineReason = reason.Trim();
        RespondedAt = now;
        RespondedByUserId = userId;
        Record(IntroductionStatus.Declined, userId, now, DeclineReason);
    }

    /// <summary>Marks an unanswered request as expired once its deadline has passed; false when nothing changed.</summary>
    public bool ExpireIfDue(DateTime now)
    {
        if (Status != IntroductionStatus.Requested || now < ExpiresAt)
        {
            return false;
        }

        Status = IntroductionStatus.Expired;
        Record(IntroductionStatus.Expired, null, now, null);
        return true;
    }

    /// <summary>
    /// Records the reminder when the request is still unanswered and its deadline is less than
    /// <see cref="ReminderLead"/> away; false when no reminder is due (answered, expired, or already reminded).
    /// </summary>
    public bool RemindIfDue(DateTime now)
    {
        if (Status != IntroductionStatus.Requested || ReminderSentAt is not null || now < ExpiresAt - ReminderLead || now >= ExpiresAt)
        {
            return false;
        }

        ReminderSentAt = now;
        return true;
    }

    private void RequirePending(DateTime now)
    {
        if (ExpireIfDue(now) || Status != IntroductionStatus.Requested)
        {
            throw new DomainException("introduction.not-pending", Messages.Introductions_RequestAlreadyAnsweredExpired);
        }
    }

    private void Record(IntroductionStatus status, string? userId, DateTime now, string? note) =>
        History.Add(new IntroductionEvent { IntroductionId = Id, Status = status, ByUserId = userId, At = now, Note = note });
}
