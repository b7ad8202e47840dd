using TescForce.Domain.Common;

namespace TescForce.Domain.Privacy;

/// <summary>
/// A person's request about their personal data (GDPR), sent through the public form and handled by a curator,
/// who must answer within one month (<see cref="AnswerPeriod"/>, article 12(3)).
/// </summary>
public sealed class PersonalDataRequest : IVersioned
{
    public const int MaxNameLength = 200;
    public const int MaxEmailLength = 256;
    public const int MaxCompanyLength = 200;
    public const int MaxMessageLength = 4000;
    public const int MaxResolutionLength = 4000;

    /// <summary>GDPR's "one month", counted as 30 days so that it means the same in every month.</summary>
    public static readonly TimeSpan AnswerPeriod = TimeSpan.FromDays(30);

    public Guid Id { get; set; } = Guid.NewGuid();

    public PersonalDataRequestKind Kind { get; set; }

    public required string RequesterName { get; set; }

    public required string RequesterEmail { get; set; }

    /// <summary>The member company that registered the person, as they name it; optional.</summary>
    public string? CompanyName { get; set; }

    public string Message { get; set; } = "";

    /// <summary>The language the form was filled in ("en" or "fr"): the e-mails are written in it.</summary>
    public string Culture { get; set; } = "en";

    public PersonalDataRequestStatus Status { get; set; } = PersonalDataRequestStatus.Received;

    public DateTime ReceivedAt { get; set; }

    public DateTime DueAt { get; set; }

    /// <summary>The consultant record the curator found for this person; null until linked.</summary>
    public Guid? ConsultantId { get; set; }

    /// <summary>When the consultant's data was erased for this request.</summary>
    public DateTime? ErasedAt { get; set; }

    public DateTime? HandledAt { get; set; }

    public string? HandledByUserId { get; set; }

    /// <summary>The answer sent to the requester.</summary>
    public string? Resolution { get; set; }

    public int Version { get; set; }

    public bool IsOpen => Status == PersonalDataRequestStatus.Received;

    public bool IsOverdue(DateTime now) => IsOpen && DueAt < now;

    public static PersonalDataRequest Receive(PersonalDataRequestKind kind, string name, string email, string? companyName, string message,
        string culture, DateTime now) => new()
    {
        Kind = kind, RequesterName = name, RequesterEmail = email, CompanyName = companyName, Message = message, Culture = culture,
        ReceivedAt = now, DueAt = now + AnswerPeriod,
    };

    public void LinkTo(Guid consultantId)
    {
        RequireOpen();
        if (ErasedAt is not null)
        {
            throw new DomainException("privacy.erased", Messages.Privacy_LinkedConsultantDataErased);
        }

        ConsultantId = consultantId;
    }

    /// <summary>Checks that erasing the linked consultant is allowed, and records when it was done.</summary>
    public Guid MarkErased(bool confirmedForOtherKind, DateTime now)
    {
        RequireOpen();
        if (ConsultantId is not { } consultantId)
        {
            throw new DomainException("privacy.not-linked", Messages.Privacy_LinkRequestConsultantBefore);
        }

        if (Kind != PersonalDataRequestKind.Erasure && !confirmedForOtherKind)
        {
            throw new DomainException("privacy.not-erasure", Messages.Privacy_NotErasureRequestConfirm);
        }

        if (ErasedAt is not null)
        {
            throw new DomainException("privacy.already-erased", Messages.Privacy_ConsultantDataAlreadyErased);
        }

        ErasedAt = now;
        return consultantId;
    }

    public void Complete(string userId, string resolution, DateTime now) => Close(PersonalDataRequestStatus.Completed, userId, resolution, now);

    public void Refuse(string userId, string reason, DateTime now) => Close(PersonalDataRequestStatus.Refused, userId, reason, now);

    private void Close(PersonalDataRequestStatus status, string userId, string resolution, DateTime now)
    {
        RequireOpen();
        if (string.IsNullOrWhiteSpace(resolution))
        {
            throw new DomainException("privacy.resolution-required", Messages.Privacy_WriteAnswerThatWill);
        }

        Status = status;
        Resolution = resolution.Trim();
        HandledAt = now;
        HandledByUserId = userId;
    }

    private void RequireOpen()
    {
        if (!IsOpen)
        {
            throw new DomainException("privacy.closed", Messages.Privacy_RequestAlreadyAnswered);
        }
    }
}
