using System.Security.Claims;
using Microsoft.AspNetCore.Components.Authorization;
using TescForce.Application.Common;

namespace TescForce.Web.Security;

/// <summary>The signed-in user of this circuit or request, as the Application layer's <see cref="ActingUser"/>.</summary>
public sealed class CurrentUser(AuthenticationStateProvider authenticationStateProvider)
{
    public async Task<ActingUser> GetAsync()
    {
        var state = await authenticationStateProvider.GetAuthenticationStateAsync();
        return FromPrincipal(state.User)
            ?? throw new ForbiddenAccessException("You must be signed in.");
    }

    public static ActingUser? FromPrincipal(ClaimsPrincipal principal)
    {
        var id = principal.FindFirstValue(ClaimTypes.NameIdentifier);
        if (principal.Identity?.IsAuthenticated != true || string.IsNullOrEmpty(id))
        {
            return null;
        }

        var companyId = Guid.TryParse(principal.FindFirstValue(AppClaimTypes.CompanyId), out var company) ? company : (Guid?)null;
        var clientId = Guid.TryParse(principal.FindFirstValue(AppClaimTypes.ClientId), out var client) ? client : (Guid?)null;
        return ActingUser.Create(id, principal.FindAll(ClaimTypes.Role).Select(c => c.Value), companyId, clientId);
    }
}
