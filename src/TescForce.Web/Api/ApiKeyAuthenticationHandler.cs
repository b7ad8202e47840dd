using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;
using TescForce.Application.ApiKeys;
using TescForce.Application.Common;
using TescForce.Domain.Identity;

namespace TescForce.Web.Api;

/// <summary>
/// The API's only authentication (ADR 0012): <c>Authorization: Bearer &lt;key&gt;</c>. An accepted key signs the
/// call in as its organisation with a member's role, so the Application services apply the same rules as to
/// a member; the site's cookie is never accepted here, so a page cannot be made to call the API for its visitor.
/// </summary>
public sealed class ApiKeyAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, ApiKeyService keys)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "ApiKey";

    /// <summary>The claim naming the key a call was made with.</summary>
    public const string KeyIdClaim = "tescforce:api_key";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        string? header = Request.Headers.Authorization;
        if (string.IsNullOrEmpty(header))
        {
            return AuthenticateResult.NoResult();
        }

        if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return AuthenticateResult.Fail("The Authorization header must be: Bearer <API key>.");
        }

        var identity = await keys.AuthenticateAsync(header["Bearer ".Length..].Trim(), Context.RequestAborted);
        if (identity is null)
        {
            return AuthenticateResult.Fail("This API key is not valid: it is unknown, revoked or expired.");
        }

        var claims = new List<Claim>
        {
            new(ClaimTypes.NameIdentifier, identity.ActorId),
            new(ClaimTypes.Name, $"API key {identity.Name} ({identity.Prefix})"),
            new(KeyIdClaim, identity.KeyId.ToString()),
        };
        if (identity.CompanyId is { } companyId)
        {
            claims.Add(new Claim(ClaimTypes.Role, Roles.CompanyMember));
            claims.Add(new Claim(AppClaimTypes.CompanyId, companyId.ToString()));
        }
        else if (identity.ClientId is { } clientId)
        {
            claims.Add(new Claim(ClaimTypes.Role, Roles.ClientMember));
            claims.Add(new Claim(AppClaimTypes.ClientId, clientId.ToString()));
        }

        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(new ClaimsIdentity(claims, SchemeName)), SchemeName));
    }

    protected override async Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        var failure = (await HandleAuthenticateOnceSafeAsync()).Failure?.Message;
        Response.Headers.WWWAuthenticate = "Bearer";
        await ApiProblems.WriteAsync(Context, StatusCodes.Status401Unauthorized, "Authentication required",
            failure ?? "Send an API key: Authorization: Bearer <key>. Keys are created on the website by your organisation's members.");
    }

    protected override Task HandleForbiddenAsync(AuthenticationProperties properties) =>
        ApiProblems.WriteAsync(Context, StatusCodes.Status403Forbidden, "Forbidden", "This API key may not do this.");
}
