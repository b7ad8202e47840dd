namespace TescForce.Domain.Audit;

/// <summary>
/// One recorded action: who did what to which object, when, with the values before and after. Written in
/// the same transaction as the change it describes (ADR 0008), never edited, deleted only by the retention job.
/// </summary>
public sealed class AuditEntry
{
    public const int MaxActorLength = 450;
    public const int MaxActorNameLength = 256;
    public const int MaxActionLength = 40;
    public const int MaxObjectTypeLength = 40;
    public const int MaxObjectIdLength = 64;
    public const int MaxSummaryLength = 1000;

    /// <summary>The prefix of actors that are not people: a background job or the start-up seeding.</summary>
    public const string SystemPrefix = "system:";

    public Guid Id { get; set; } = Guid.NewGuid();

    /// <summary>When the change was saved, UTC.</summary>
    public DateTime At { get; set; }

    /// <summary>The user's id, or <c>system:&lt;job&gt;</c>.</summary>
    public required string ActorId { get; set; }

    /// <summary>The actor's name when the entry was written, so the log stays readable after the account is gone.</summary>
    public string? ActorName { get; set; }

    /// <summary>One of <see cref="AuditActions"/>.</summary>
    public required string Action { get; set; }

    /// <summary>One of <see cref="AuditObjectTypes"/>.</summary>
    public required string ObjectType { get; set; }

    public required string ObjectId { get; set; }

    /// <summary>A readable line for status changes ("Pending → Approved: reason").</summary>
    public string? Summary { get; set; }

    /// <summary>A JSON object of the changed properties' values before the change; null for a creation.</summary>
    public string? Before { get; set; }

    /// <summary>A JSON object of the changed properties' values after the change; null for a deletion.</summary>
    public string? After { get; set; }
}
