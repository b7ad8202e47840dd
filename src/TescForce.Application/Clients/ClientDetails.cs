using TescForce.Domain.Clients;

namespace TescForce.Application.Clients;

/// <summary>A client organisation as its members and curators see it.</summary>
public sealed record ClientDetails(
    Guid Id,
    string Name,
    string CountryCode,
    string TimeZone,
    string? Website,
    string? ReferredBy,
    ClientStatus Status,
    string? DecisionReason,
    DateTime CreatedAt,
    int MissionCount);
