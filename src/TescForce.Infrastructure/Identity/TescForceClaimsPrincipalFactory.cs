using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using TescForce.Application.Common;

namespace TescForce.Infrastructure.Identity;

/// <summary>Adds the user's organisation and two-factor state to the cookie, so every request knows them without a query.</summary>
internal sealed class TescForceClaimsPrincipalFactory(
    UserManager<ApplicationUser> userManager,
    RoleManager<IdentityRole> roleManager,
    IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<ApplicationUser, IdentityRole>(userManager, roleManager, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(ApplicationUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        if (user.MemberCompanyId is { } companyId)
        {
            identity.AddClaim(new Claim(AppClaimTypes.CompanyId, companyId.ToString()));
        }

        if (user.ClientOrganisationId is { } clientId)
        {
            identity.AddClaim(new Claim(AppClaimTypes.ClientId, clientId.ToString()));
        }

        // Turning two-factor on or off renews the security stamp, so the cookie's copy is refreshed with it.
        if (user.TwoFactorEnabled)
        {
            identity.AddClaim(new Claim(AppClaimTypes.TwoFactor, "true"));
        }

        if (!string.IsNullOrWhiteSpace(user.DisplayName))
        {
            identity.AddClaim(new Claim("name", user.DisplayName));
        }

        return identity;
    }
}
