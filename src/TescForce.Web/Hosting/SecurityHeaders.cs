using System.Security.Cryptography;

namespace TescForce.Web.Hosting;

/// <summary>
/// The browser-side defences sent with every answer (pages, error pages, static files, the API, health checks,
/// redirects): a Content-Security-Policy with a per-request nonce for the few inline scripts, nosniff, a referrer
/// policy, a permissions policy, cross-origin isolation of the window and a frame ban. See ADR 0016.
/// </summary>
public static class SecurityHeaders
{
    private const string NonceKey = "TescForce.CspNonce";

    /// <summary>
    /// Blazor's <c>&lt;base href="/"&gt;</c> resolves routes and the relative links of every page (document.baseURI),
    /// and a browser ignores a base element that base-uri forbids: 'self' keeps it and still refuses an injected
    /// base pointing elsewhere, where 'none' would break navigation on every nested path.
    /// </summary>
    public const string BaseUri = "'self'";

    /// <summary>
    /// MudBlazor writes inline <c>style</c> attributes and Scalar inline style elements: styles keep 'unsafe-inline',
    /// scripts never do (no 'unsafe-eval' either). 'self' in connect-src covers Blazor's same-origin WebSocket.
    /// </summary>
    public static string ContentSecurityPolicy(string nonce) =>
        "default-src 'self'; " +
        $"script-src 'self' 'nonce-{nonce}'; " +
        "style-src 'self' 'unsafe-inline'; " +
        "img-src 'self' data:; " +
        "font-src 'self' data:; " +
        "connect-src 'self'; " +
        "object-src 'none'; " +
        $"base-uri {BaseUri}; " +
        "form-action 'self'; " +
        "frame-ancestors 'none'";

    public const string PermissionsPolicy =
        "accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=()";

    /// <summary>HSTS for a year including subdomains, and permanent (308) HTTPS redirects; both outside Development only.</summary>
    public static IServiceCollection AddSecurityHeaders(this IServiceCollection services)
    {
        services.AddHsts(options =>
        {
            options.MaxAge = TimeSpan.FromDays(365);
            options.IncludeSubDomains = true;
        });
        services.AddHttpsRedirection(options => options.RedirectStatusCode = StatusCodes.Status308PermanentRedirect);
        return services;
    }

    /// <summary>
    /// First in the pipeline, and the headers are written when the answer starts (OnStarting): what fails or is
    /// re-executed later (exception handler, status-code pages) still carries them, since clearing a response
    /// clears its headers but not its starting callbacks.
    /// </summary>
    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            var nonce = Convert.ToBase64String(RandomNumberGenerator.GetBytes(16));
            context.Items[NonceKey] = nonce;
            context.Response.OnStarting(() =>
            {
                var headers = context.Response.Headers;
                headers.ContentSecurityPolicy = ContentSecurityPolicy(nonce);
                headers.XContentTypeOptions = "nosniff";
                headers.XFrameOptions = "DENY";
                headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
                headers["Permissions-Policy"] = PermissionsPolicy;
                headers["Cross-Origin-Opener-Policy"] = "same-origin";
                return Task.CompletedTask;
            });
            await next(context);
        });

    /// <summary>The nonce of this request's Content-Security-Policy, for an inline script element.</summary>
    public static string? CspNonce(this HttpContext context) => context.Items[NonceKey] as string;
}
