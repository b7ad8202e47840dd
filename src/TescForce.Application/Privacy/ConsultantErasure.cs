using Microsoft.EntityFrameworkCore;
using TescForce.Application.Common.Persistence;
using TescForce.Domain.Audit;
using TescForce.Domain.Consultants;

namespace TescForce.Application.Privacy;

/// <summary>
/// What erasing a consultant changes (ADR 0011). The record stays, anonymous, so that introductions, the skills map's
/// counts and the audit log keep their references; everything that identifies or describes the person goes.
/// </summary>
public static class ConsultantErasure
{
    /// <summary>The name an erased consultant is shown under.</summary>
    public static string PlaceholderName(string reference) => $"Erased person {reference}";

    /// <summary>A non-routable address (the <c>.invalid</c> top-level domain is reserved, RFC 2606): no e-mail can reach it.</summary>
    public static string PlaceholderEmail(string reference) => $"erased-{reference.ToLowerInvariant()}@erased.invalid";

    public static void Apply(Consultant consultant, DateTime now)
    {
        ArgumentNullException.ThrowIfNull(consultant);
        consultant.FullName = PlaceholderName(consultant.Reference);
        consultant.Email = PlaceholderEmail(consultant.Reference);
        consultant.ExternalReference = null;
        consultant.Summary = "";
        consultant.Certifications = [];
        consultant.ConsentMethod = null;
        consultant.ConsentRecordedAt = null;
        consultant.RejectionReason = null;
        // The last reviewed version is a copy of the profile, identity included.
        consultant.ReviewedVersion = null;
        consultant.Status = ConsultantStatus.Archived;
        consultant.RetentionNoticeSentAt = null;
        consultant.ErasedAt = now;
        consultant.UpdatedAt = now;
    }

    /// <summary>The value erased texts are replaced with in the audit log: the same mask the log uses for identities.</summary>
    public const string AuditedValue = "•••";

    /// <summary>
    /// Applies the erasure to a tracked consultant and redacts the erased values from the audit entries about the consultant
    /// and their introductions; the caller saves, so the erasure and its redaction are one transaction.
    /// </summary>
    public static async Task EraseAsync(IAppDb db, Consultant consultant, DateTime now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(consultant);
        string[] secrets = [.. new[] { consultant.FullName, consultant.Email }.Where(s => s.Length >= 3)];

        Apply(consultant, now);

        var objectId = consultant.Id.ToString();
        var consultantId = consultant.Id;
        var introductionIds = await db.Introductions.Where(i => i.ConsultantId == consultantId).Select(i => i.Id.ToString())
            .ToListAsync(cancellationToken);
        var entries = await db.AuditEntries
            .Where(e => (e.ObjectType == AuditObjectTypes.Consultant && e.ObjectId == objectId)
                        || (e.ObjectType == AuditObjectTypes.Introduction && introductionIds.Contains(e.ObjectId)))
            .ToListAsync(cancellationToken);
        foreach (var entry in entries)
        {
            entry.Before = AuditRedaction.Redact(entry.Before, secrets, AuditedValue);
            entry.After = AuditRedaction.Redact(entry.After, secrets, AuditedValue);
            entry.Summary = AuditRedaction.Redact(entry.Summary, secrets, AuditedValue);
        }
    }
}
