namespace TescForce.Application.Audit;

/// <summary>The filters of the audit log; every one is optional and they combine.</summary>
public sealed record AuditQuery
{
    /// <summary>Part of the actor's name, or their exact id (<c>system:…</c> for jobs).</summary>
    public string? Person { get; init; }

    public string? ObjectType { get; init; }

    public string? ObjectId { get; init; }

    public string? Action { get; init; }

    /// <summary>First day included (UTC).</summary>
    public DateOnly? From { get; init; }

    /// <summary>Last day included (UTC).</summary>
    public DateOnly? To { get; init; }

    /// <summary>Searched in the summary, the object's id and the values before and after.</summary>
    public string? Text { get; init; }
}
