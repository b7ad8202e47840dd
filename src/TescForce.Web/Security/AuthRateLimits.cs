using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace TescForce.Web.Security;

/// <summary>
/// Per-address limits on the POSTs of the sign-in and registration pages (ASP.NET Core rate limiting). A page's GET is
/// never limited. A refused POST answers 429 with Retry-After before the page runs, so it counts no failed sign-in; the
/// status-code pages then show <c>/status/429</c>.
/// </summary>
public static class AuthRateLimits
{
    public const string LoginPolicy = "auth-login";
    public const string RegistrationPolicy = "auth-registration";

    /// <summary>The statically rendered pages whose form POSTs are limited, and their policy.</summary>
    private static readonly Dictionary<string, string> Pages = new(StringComparer.OrdinalIgnoreCase)
    {
        ["/Account/Login"] = LoginPolicy,
        ["/Account/LoginWith2fa"] = LoginPolicy,
        ["/Account/LoginWithRecoveryCode"] = LoginPolicy,
        ["/Account/Register"] = RegistrationPolicy,
        ["/Account/RegisterCompany"] = RegistrationPolicy,
        ["/Account/RegisterClient"] = RegistrationPolicy,
        ["/Account/AcceptInvitation"] = RegistrationPolicy,
    };

    public static IServiceCollection AddTescForceAuthRateLimits(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<AuthRateLimitOptions>().Bind(configuration.GetSection(AuthRateLimitOptions.SectionName));
        services.AddRateLimiter(limiter =>
        {
            limiter.AddPolicy(LoginPolicy, new FormPostPolicy(LoginPolicy, o => o.Login));
            limiter.AddPolicy(RegistrationPolicy, new FormPostPolicy(RegistrationPolicy, o => o.Registration));
        });
        return services;
    }

    /// <summary>Puts the policies on the pages' endpoints; the rate-limiting middleware reads them.</summary>
    public static TBuilder RequireAuthRateLimits<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder
    {
        builder.Add(endpoint =>
        {
            if (endpoint is RouteEndpointBuilder { RoutePattern.RawText: { } route } && Pages.TryGetValue(route, out var policy))
            {
                endpoint.Metadata.Add(new EnableRateLimitingAttribute(policy));
            }
        });
        return builder;
    }

    private sealed class FormPostPolicy(string name, Func<AuthRateLimitOptions, AuthRateLimit> select) : IRateLimiterPolicy<string>
    {
        public Func<OnRejectedContext, CancellationToken, ValueTask>? OnRejected { get; } = (context, _) =>
        {
            // Left empty, the answer is re-executed to the status-code page for 429, which says to wait.
            var response = context.HttpContext.Response;
            response.StatusCode = StatusCodes.Status429TooManyRequests;
            if (context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait))
            {
                response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
            }

            return ValueTask.CompletedTask;
        };

        public RateLimitPartition<string> GetPartition(HttpContext httpContext)
        {
            if (!HttpMethods.IsPost(httpContext.Request.Method))
            {
                return RateLimitPartition.GetNoLimiter("");
            }

            var limit = select(httpContext.RequestServices.GetRequiredService<IOptions<AuthRateLimitOptions>>().Value);
            // Behind no proxy, or a test server, the address may be unknown: those requests share one bucket.
            var address = httpContext.Connection.RemoteIpAddress?.ToString() ?? "unknown";
            return RateLimitPartition.GetFixedWindowLimiter($"{name}|{address}", _ => new FixedWindowRateLimiterOptions
            {
                PermitLimit = limit.Permits, Window = limit.Window, QueueLimit = 0, AutoReplenishment = true,
            });
        }
    }
}
