using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using TescForce.Application.Common;

namespace TescForce.IntegrationTests.Infrastructure;

/// <summary>
/// Signs HTTP requests in from headers, so that endpoint tests need no login round trip: pass
/// <see cref="Setting"/> to <see cref="TescForceWebApplicationFactory"/>, then send <c>X-Test-User</c>
/// (the user id), <c>X-Test-Roles</c> (comma-separated) and optionally <c>X-Test-Company</c> or <c>X-Test-Client</c>. A request
/// without <c>X-Test-User</c> goes through the real Identity cookie, so anonymous requests behave as in
/// production (redirect to the login page).
/// </summary>
public static class TestAuthentication
{
    public const string UserHeader = "X-Test-User";
    public const string RolesHeader = "X-Test-Roles";
    public const string CompanyHeader = "X-Test-Company";
    public const string ClientHeader = "X-Test-Client";

    /// <summary>The factory setting that turns the header scheme on.</summary>
    public static readonly IReadOnlyDictionary<string, string?> Setting = new Dictionary<string, string?> { [SettingKey] = "true" };

    internal const string SettingKey = "Testing:HeaderAuthentication";
    private const string Scheme = "TestHeaders";
    private const string Selector = "TestHeadersOrCookie";

    /// <summary>Adds the headers of a signed-in user to every request of <paramref name="client"/>.</summary>
    public static HttpClient SignedInAs(this HttpClient client, string userId, IEnumerable<string> roles, Guid? companyId = null, Guid? clientId = null)
    {
        client.DefaultRequestHeaders.Add(UserHeader, userId);
        client.DefaultRequestHeaders.Add(RolesHeader, string.Join(',', roles));
        if (companyId is { } id)
        {
            client.DefaultRequestHeaders.Add(CompanyHeader, id.ToString());
        }

        if (clientId is { } organisation)
        {
            client.DefaultRequestHeaders.Add(ClientHeader, organisation.ToString());
        }

        return client;
    }

    /// <summary>Adds the headers of <paramref name="actor"/> (user, roles, company or client organisation).</summary>
    public static HttpClient SignedInAs(this HttpClient client, ActingUser actor) =>
        client.SignedInAs(actor.UserId, actor.Roles, actor.CompanyId, actor.ClientId);

    internal static void Register(IServiceCollection services)
    {
        services.AddAuthentication()
            .AddScheme<AuthenticationSchemeOptions, HeaderHandler>(Scheme, _ => { })
            .AddPolicyScheme(Selector, null, options => options.ForwardDefaultSelector = context =>
                context.Request.Headers.ContainsKey(UserHeader) ? Scheme : IdentityConstants.ApplicationScheme);
        services.PostConfigure<AuthenticationOptions>(options => options.DefaultScheme = Selector);
    }

    private sealed class HeaderHandler(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder)
        : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
    {
        protected override Task<AuthenticateResult> HandleAuthenticateAsync()
        {
            if (!Request.Headers.TryGetValue(UserHeader, out var user) || string.IsNullOrEmpty(user))
            {
                return Task.FromResult(AuthenticateResult.NoResult());
            }

            var claims = new List<Claim> { new(ClaimTypes.NameIdentifier, user!), new(ClaimTypes.Name, user!) };
            claims.AddRange(Request.Headers[RolesHeader].ToString().Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Select(role => new Claim(ClaimTypes.Role, role)));
            if (Request.Headers.TryGetValue(CompanyHeader, out var company))
            {
                claims.Add(new Claim(AppClaimTypes.CompanyId, company.ToString()));
            }

            if (Request.Headers.TryGetValue(ClientHeader, out var organisation))
            {
                claims.Add(new Claim(AppClaimTypes.ClientId, organisation.ToString()));
            }

            // These users stand for accounts that signed in properly, with the second factor curators must have.
            claims.Add(new Claim(AppClaimTypes.TwoFactor, "true"));
            var principal = new ClaimsPrincipal(new ClaimsIdentity(claims, Scheme.Name));
            return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(principal, Scheme.Name)));
        }
    }
}
