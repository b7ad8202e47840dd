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
        consultant.UpdatedAt = now;
    }
}
