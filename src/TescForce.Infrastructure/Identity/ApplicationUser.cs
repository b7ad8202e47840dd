using Microsoft.AspNetCore.Identity;

namespace TescForce.Infrastructure.Identity;

public sealed class ApplicationUser : IdentityUser
{
    /// <summary>The name shown in the app bar and to colleagues; never shown to other organisations.</summary>
    public string? DisplayName { get; set; }

    /// <summary>"fr" or "en"; null follows the browser or the culture cookie.</summary>
    public string? PreferredCulture { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>The member company this user works for; null for curators and clients.</summary>
    public Guid? MemberCompanyId { get; set; }

    /// <summary>The client organisation this user works for; null for curators and member companies.</summary>
    public Guid? ClientOrganisationId { get; set; }
}
