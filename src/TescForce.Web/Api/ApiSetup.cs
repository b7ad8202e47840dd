using System.Globalization;
using System.Security.Claims;
using System.Text.Json.Serialization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.OpenApi;
using Scalar.AspNetCore;
using TescForce.Web.Hosting;

namespace TescForce.Web.Api;

/// <summary>Settings of the API (<c>Api</c> section).</summary>
public sealed class ApiOptions
{
    /// <summary>Calls a key (or, without a key, an IP address) may make per <see cref="RateLimitWindowSeconds"/>.</summary>
    public int RateLimitPermits { get; set; } = 600;

    public int RateLimitWindowSeconds { get; set; } = 60;

    /// <summary>The largest request body, in bytes, except the bulk endpoints'.</summary>
    public long MaxBodyBytes { get; set; } = 256 * 1024;

    /// <summary>The largest body of a bulk endpoint (many consultants in one call).</summary>
    public long MaxBulkBodyBytes { get; set; } = 4 * 1024 * 1024;
}

/// <summary>
/// The REST API (<c>/api/v1</c>, ADR 0012): API-key authentication, problem details, size limits, rate limiting
/// per key, and the OpenAPI document (<c>/openapi/v1.json</c>) with its reference page (<c>/api/docs</c>).
/// </summary>
public static class ApiSetup
{
    public const string Prefix = "/api/v1";
    public const string RateLimitPolicy = "api";
    public const string KeyPolicy = "api-key";

    public static IServiceCollection AddTescForceApi(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<ApiOptions>(configuration.GetSection("Api"));
        services.AddAuthentication().AddScheme<AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(ApiKeyAuthenticationHandler.SchemeName, null);
        services.AddAuthorizationBuilder().AddPolicy(KeyPolicy, policy => policy
            .AddAuthenticationSchemes(ApiKeyAuthenticationHandler.SchemeName)
            .RequireAuthenticatedUser());
        services.ConfigureHttpJsonOptions(options =>
        {
            options.SerializerOptions.Converters.Add(new JsonStringEnumConverter());
            options.SerializerOptions.Converters.Add(new TextWithoutNulConverter());
            options.SerializerOptions.MaxDepth = 32;
            options.SerializerOptions.DefaultIgnoreCondition = JsonIgnoreCondition.Never;
        });
        services.AddProblemDetails();
        // A body or parameter that cannot be read throws, so that ApiRequestMiddleware can say what was wrong.
        services.Configure<RouteHandlerOptions>(options => options.ThrowOnBadRequest = true);
        services.AddRateLimiter(limiter =>
        {
            limiter.AddPolicy(RateLimitPolicy, http =>
            {
                var options = http.RequestServices.GetRequiredService<Microsoft.Extensions.Options.IOptions<ApiOptions>>().Value;
                // Authorization has run: a key's calls count together wherever they come from; calls without a key count per address.
                var partition = http.User.FindFirstValue(ApiKeyAuthenticationHandler.KeyIdClaim) is { } keyId
                    ? "key:" + keyId
                    : "ip:" + http.Connection.RemoteIpAddress;
                return RateLimitPartition.GetFixedWindowLimiter(partition, _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = options.RateLimitPermits,
                    Window = TimeSpan.FromSeconds(options.RateLimitWindowSeconds),
                    QueueLimit = 0,
                });
            });
            limiter.OnRejected = async (context, cancellationToken) =>
            {
                var retryAfter = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds)) : 1;
                context.HttpContext.Response.Headers.RetryAfter = retryAfter.ToString(CultureInfo.InvariantCulture);
                await ApiProblems.WriteAsync(context.HttpContext, StatusCodes.Status429TooManyRequests, "Too many requests",
                    $"This key made too many calls: wait {retryAfter} s (Retry-After) and try again.");
            };
        });
        services.AddOpenApi("v1", options =>
        {
            options.ShouldInclude = description => description.RelativePath?.StartsWith("api/v1", StringComparison.Ordinal) == true;
            options.AddDocumentTransformer((document, _, _) =>
            {
                document.Info = new OpenApiInfo
                {
                    Title = "TescForce API",
                    Version = "v1",
                    Description = "The skills platform of Digital 113 for remote missions. Authenticate with an API key created on the website "
                        + "by a member of your organisation (member company or client): `Authorization: Bearer tf_…`. Errors are RFC 9457 problem "
                        + "details; lists are paged (`page`, `pageSize` up to 100); updates need `If-Match` with the resource's `ETag`; calls are "
                        + "rate-limited per key (429 with `Retry-After`).",
                };
                document.Components ??= new OpenApiComponents();
                document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
                document.Components.SecuritySchemes["ApiKey"] = new OpenApiSecurityScheme
                {
                    Type = SecuritySchemeType.Http,
                    Scheme = "bearer",
                    BearerFormat = "tf_<10 characters>_<43 characters>",
                    Description = "An API key of a member company or a client organisation.",
                };
                return Task.CompletedTask;
            });
            options.AddOperationTransformer((operation, context, cancellationToken) =>
            {
                var metadata = context.Description.ActionDescriptor.EndpointMetadata;
                if (metadata.OfType<Microsoft.AspNetCore.Authorization.IAuthorizeData>().Any(a => a.Policy == KeyPolicy))
                {
                    operation.Security = [new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference("ApiKey", context.Document)] = [] }];
                }

                return ApiExamples.TransformAsync(operation, context, cancellationToken);
            });
        });
        return services;
    }

    /// <summary>Authentication, authorization and rate limiting, in that order: the limiter partitions by the key authorization found.</summary>
    public static WebApplication UseTescForceApi(this WebApplication app)
    {
        app.UseMiddleware<ApiRequestMiddleware>();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseRateLimiter();
        return app;
    }

    public static WebApplication MapTescForceApi(this WebApplication app)
    {
        app.MapOpenApi("/openapi/{documentName}.json").AllowAnonymous();
        // Nothing leaves the site: no telemetry, no fonts from a CDN, no AI agent or MCP, no deploy buttons.
        // Scalar's inline start-up script carries this request's Content-Security-Policy nonce.
        app.MapScalarApiReference("/api/docs", (options, http) => options
            .WithNonce(http.CspNonce() ?? "")
            .WithTitle("TescForce API")
            .DisableTelemetry()
            .DisableDefaultFonts()
            .DisableAgent()
            .DisableMcp()
            .HideDeveloperTools()
            .WithOpenApiRoutePattern("/openapi/{documentName}.json")
            .AddDocument("v1"))
            .AllowAnonymous();

        var api = app.MapGroup(Prefix)
            .AddEndpointFilter(ApiProblems.HandleAsync)
            .RequireRateLimiting(RateLimitPolicy)
            .DisableAntiforgery()
            .ProducesProblem(StatusCodes.Status429TooManyRequests)
            .ProducesProblem(StatusCodes.Status500InternalServerError);
        var keyed = api.MapGroup("").RequireAuthorization(KeyPolicy)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);

        SkillsApi.Map(keyed);
        ConsultantsApi.Map(keyed);
        SkillsMapApi.Map(api);
        MissionsApi.Map(keyed);
        MatchesApi.Map(keyed);
        IntroductionsApi.Map(keyed);

        // Anything else under /api answers as the API does, not with the site's "not found" page.
        app.Map("/api/{**rest}", (HttpContext http) => ApiProblems.Problem(StatusCodes.Status404NotFound, "Not found",
                "There is no such API endpoint: see /api/docs.", http))
            .ExcludeFromDescription().AllowAnonymous().DisableAntiforgery();
        return app;
    }
}

/// <summary>Marks an endpoint that takes the larger bulk body (<see cref="ApiOptions.MaxBulkBodyBytes"/>).</summary>
public sealed class BulkBodyMetadata;
