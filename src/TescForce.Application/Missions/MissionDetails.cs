using TescForce.Domain.Missions;

namespace TescForce.Application.Missions;

/// <summary>A mission with its state, for its client and curators.</summary>
public sealed record MissionDetails(
    Guid Id,
    Guid ClientId,
    string ClientName,
    MissionStatus Status,
    string? RejectionReason,
    bool Flagged,
    string? FlagDetails,
    DateOnly EndDate,
    DateTime CreatedAt,
    DateTime UpdatedAt,
    DateTime? SubmittedAt,
    DateTime? OpenedAt,
    MissionInput Input);

/// <summary>A line of a list of missions.</summary>
public sealed record MissionListItem(
    Guid Id,
    Guid ClientId,
    string ClientName,
    string Title,
    MissionStatus Status,
    bool Flagged,
    string? FlagDetails,
    DateOnly StartDate,
    int SkillCount,
    DateTime UpdatedAt,
    DateTime? SubmittedAt);
