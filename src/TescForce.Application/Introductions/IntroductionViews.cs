using TescForce.Application.TalentPool;
using TescForce.Domain.Introductions;

namespace TescForce.Application.Introductions;

/// <summary>A step of an introduction's history, as both sides see it (who is named by side, not by account).</summary>
public sealed record IntroductionStep(IntroductionStatus Status, DateTime At, string? Note);

/// <summary>Who the client may now contact: only once the company accepted. The contact is the member who accepted (null if their account is gone).</summary>
public sealed record RevealedIdentity(string ConsultantName, string CompanyName, string? ContactName, string? ContactEmail);

/// <summary>An introduction as the client sees it.</summary>
public sealed record ClientIntroduction(
    Guid Id,
    Guid MissionId,
    string MissionTitle,
    ConsultantCard? Card,
    string Reference,
    IntroductionStatus Status,
    string Message,
    string? DeclineReason,
    DateTime RequestedAt,
    DateTime ExpiresAt,
    IReadOnlyList<IntroductionStep> History,
    RevealedIdentity? Identity);

/// <summary>A request in a member company's inbox.</summary>
public sealed record CompanyIntroduction(
    Guid Id,
    Guid MissionId,
    Guid ConsultantId,
    string ConsultantName,
    string Reference,
    string MissionTitle,
    string ClientName,
    string ClientCountry,
    IntroductionStatus Status,
    string Message,
    string? DeclineReason,
    DateTime RequestedAt,
    DateTime ExpiresAt,
    IReadOnlyList<IntroductionStep> History);

/// <summary>A shortlisted consultant of a mission, with the introduction asked for, if any.</summary>
public sealed record ShortlistedConsultant(ConsultantCard Card, DateTime AddedAt, IntroductionStatus? Introduction);
