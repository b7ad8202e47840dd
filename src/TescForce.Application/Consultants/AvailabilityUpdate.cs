namespace TescForce.Application.Consultants;

/// <summary>
/// One consultant's availability in a bulk update, found by <see cref="Id"/> or by the company's
/// <see cref="ExternalReference"/> (one of the two). <see cref="CapacityPercent"/> null keeps the current capacity;
/// <see cref="AvailableUntil"/> null means open-ended; <see cref="ConfirmAvailability"/> (the default) also confirms it.
/// </summary>
public sealed record AvailabilityUpdate(
    Guid? Id,
    string? ExternalReference,
    DateOnly? AvailableFrom,
    DateOnly? AvailableUntil = null,
    int? CapacityPercent = null,
    bool ConfirmAvailability = true);

/// <summary>What a bulk availability update changed: every item, in the order sent, with its new version.</summary>
public sealed record AvailabilityUpdateResult(int Updated, IReadOnlyList<UpdatedAvailability> Items);

public sealed record UpdatedAvailability(Guid Id, string? ExternalReference, int Version);

/// <summary>The outcome of an upsert by external reference.</summary>
public sealed record UpsertResult(Guid Id, bool Created);
