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
/// Lets an HTTP test act as anyone: a request carrying <see cref="Header"/> ("userId|Role1,Role2|companyId")
/// is authenticated as that user; any other request goes through the real Identity cookie.
/// </summary>
public static class TestAuthentication
{
    public const string Header = "X-Test-User";
    private const string SchemeName = "Test";
    private const string Selector = "TestOrIdentity";

    public static void Add(IServiceCollection services)
    {
        services.AddAuthentication()
            .AddScheme<AuthenticationSchemeOptions, Handler>(SchemeName, _ => { })
            .AddPolicyScheme(Selector, Selector, options => options.ForwardDefaultSelector = context =>
                context.Request.Headers.ContainsKey(Header) ? SchemeName : IdentityConstants.ApplicationScheme);
        services.PostConfigure<AuthenticationOptions>(options =>
        {
            options.DefaultScheme = Selector;
            options.DefaultAuthenticateScheme = Selector;
            options.DefaultChallengeScheme = Selector;
        });
    }

    public static string Value(ActingUser user) =>
        $"{user.UserId}|{string.Join(',', user.Roles)}|{user.CompanyId}";

    private sealed class Handler(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder)
        : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
    {
        protected override Task<AuthenticateResult> HandleAuthenticateAsync()
        {
            var parts = Request.Headers[Header].ToString().Split('|');
            var claims = new List<Claim> { new(ClaimTypes.NameIdentifier, parts[0]), new(ClaimTypes.Name, parts[0] + "@test.example") };
            claims.AddRange(parts.ElementAtOrDefault(1)?.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(r => new Claim(ClaimTypes.Role, r)) ?? []);
            if (Guid.TryParse(parts.ElementAtOrDefault(2), out var companyId))
            {
                claims.Add(new Claim(AppClaimTypes.CompanyId, companyId.ToString()));
            }

            var principal = new ClaimsPrincipal(new ClaimsIdentity(claims, SchemeName));
            return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(principal, SchemeName)));
        }
    }
}
