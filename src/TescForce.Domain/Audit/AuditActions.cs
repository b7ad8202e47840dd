namespace TescForce.Domain.Audit;

/// <summary>The verbs of <see cref="AuditEntry.Action"/>: stable strings, translated by the web app.</summary>
public static class AuditActions
{
    public const string Created = "Created";
    public const string Updated = "Updated";
    public const string Deleted = "Deleted";

    /// <summary>An update whose status moved (a curator's decision, a submission, an archive…); the summary says from what to what.</summary>
    public const string StatusChanged = "StatusChanged";

    /// <summary>A curator opened a consultant's private identity (name and e-mail).</summary>
    public const string IdentityViewed = "IdentityViewed";

    public static IReadOnlyList<string> All { get; } = [Created, Updated, Deleted, StatusChanged, IdentityViewed];
}
