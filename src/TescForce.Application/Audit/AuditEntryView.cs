namespace TescForce.Application.Audit;

/// <summary>An audit entry as the log page and the export show it.</summary>
public sealed record AuditEntryView(
    Guid Id, DateTime At, string ActorId, string? ActorName, string Action, string ObjectType, string ObjectId, string? Summary,
    IReadOnlyList<AuditChange> Changes);
