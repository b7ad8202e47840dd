using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace TescForce.Web.Security;

/// <summary>
/// The sign-in cookies: idle timeout (sliding) and absolute lifetime, a short security-stamp interval (a password change
/// signs the other browsers out), and over HTTPS the <c>__Host-</c> prefix, Secure, HttpOnly and SameSite=Lax (Strict would
/// drop the cookie on the first visit from an e-mail link).
/// </summary>
public static class AuthCookies
{
    /// <summary>The sign-in instant, kept in the ticket's properties: sliding renewals re-issue the ticket with a new IssuedUtc.</summary>
    public const string SignedInAtKey = ".tescforce.signedInAt";

    /// <summary>The same instant as a claim of the request's user, for the interactive circuits' revalidation.</summary>
    public const string SignedInAtClaim = "tescforce:signed_in_at";

    public static IServiceCollection AddTescForceAuthCookies(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<AuthSessionOptions>().Bind(configuration.GetSection(AuthSessionOptions.SectionName));
        services.AddOptions<SecurityStampValidatorOptions>().Configure<IOptions<AuthSessionOptions>>((o, session) =>
            o.ValidationInterval = session.Value.ValidationInterval);

        services.AddOptions<CookieAuthenticationOptions>(IdentityConstants.ApplicationScheme)
            .Configure<IOptions<AuthSessionOptions>, IHostEnvironment>((o, session, environment) =>
            {
                Harden(o.Cookie, "TescForce.Auth", session.Value, environment);
                o.ExpireTimeSpan = session.Value.IdleTimeout;
                o.SlidingExpiration = true;
                var validateStamp = o.Events.OnValidatePrincipal;
                o.Events.OnSigningIn = context =>
                {
                    // A refresh (after a password change) keeps the original instant.
                    context.Properties.Items.TryAdd(SignedInAtKey, Format(context.Options.TimeProvider!.GetUtcNow()));
                    return Task.CompletedTask;
                };
                o.Events.OnValidatePrincipal = async context =>
                {
                    var signedInAt = SignedInAt(context.Properties);
                    if (signedInAt is { } at && context.Options.TimeProvider!.GetUtcNow() - at >= session.Value.AbsoluteLifetime)
                    {
                        context.RejectPrincipal();
                        await context.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
                        return;
                    }

                    await validateStamp(context);
                    if (signedInAt is { } instant && context.Principal?.Identity is ClaimsIdentity identity
                        && !identity.HasClaim(c => c.Type == SignedInAtClaim))
                    {
                        identity.AddClaim(new Claim(SignedInAtClaim, Format(instant)));
                    }
                };
            });
        foreach (var (scheme, name) in new[]
                 {
                     (IdentityConstants.ExternalScheme, "TescForce.External"),
                     (IdentityConstants.TwoFactorUserIdScheme, "TescForce.2fa"),
                     (IdentityConstants.TwoFactorRememberMeScheme, "TescForce.2faRemember"),
                 })
        {
            services.AddOptions<CookieAuthenticationOptions>(scheme).Configure<IOptions<AuthSessionOptions>, IHostEnvironment>(
                (o, session, environment) => Harden(o.Cookie, name, session.Value, environment));
        }

        services.AddOptions<AntiforgeryOptions>().Configure<IOptions<AuthSessionOptions>, IHostEnvironment>(
            (o, session, environment) => Harden(o.Cookie, "TescForce.Antiforgery", session.Value, environment));
        return services;
    }

    /// <summary>True when the cookies go over HTTPS only (and carry the <c>__Host-</c> prefix).</summary>
    public static bool SecureOnly(AuthSessionOptions session, IHostEnvironment environment) =>
        session.SecureCookies ?? !environment.IsDevelopment();

    /// <summary>The sign-in instant recorded at sign-in, if any.</summary>
    public static DateTimeOffset? SignedInAt(AuthenticationProperties properties) =>
        properties.Items.TryGetValue(SignedInAtKey, out var value) ? Parse(value) : null;

    /// <summary>The sign-in instant the cookie validation put on the user, if any.</summary>
    public static DateTimeOffset? SignedInAt(ClaimsPrincipal user) => Parse(user.FindFirst(SignedInAtClaim)?.Value);

    private static void Harden(CookieBuilder cookie, string name, AuthSessionOptions session, IHostEnvironment environment)
    {
        var secure = SecureOnly(session, environment);
        // __Host- asks the browser to accept the cookie only if it is Secure, for Path=/ and without a Domain.
        cookie.Name = secure ? "__Host-" + name : name;
        cookie.Path = "/";
        cookie.Domain = null;
        cookie.SecurePolicy = secure ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest;
        cookie.HttpOnly = true;
        cookie.SameSite = SameSiteMode.Lax;
    }

    private static string Format(DateTimeOffset instant) => instant.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture);

    private static DateTimeOffset? Parse(string? value) =>
        long.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var ms) ? DateTimeOffset.FromUnixTimeMilliseconds(ms) : null;
}
