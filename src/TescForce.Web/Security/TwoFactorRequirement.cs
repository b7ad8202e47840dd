using Microsoft.Extensions.Options;
using TescForce.Application.Common;
using TescForce.Domain.Identity;

namespace TescForce.Web.Security;

/// <summary>Sends a curator whose account has no second factor to the authenticator set-up before anything else.</summary>
public static class TwoFactorRequirement
{
    public const string SetUpPath = "/Account/Manage/EnableAuthenticator";

    /// <summary>What stays open without a second factor: the account pages (to set it up or sign out), assets, status pages.</summary>
    private static readonly string[] OpenPrefixes =
        ["/Account", "/_framework", "/_content", "/_blazor", "/status", "/Error", "/not-found", "/health", "/culture"];

    public static IServiceCollection AddTescForceTwoFactorRequirement(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<TwoFactorOptions>().Bind(configuration.GetSection(TwoFactorOptions.SectionName));
        return services;
    }

    public static IApplicationBuilder UseTescForceTwoFactorRequirement(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            if (MustSetUpSecondFactor(context))
            {
                context.Response.Redirect($"{SetUpPath}?required=true");
                return;
            }

            await next(context);
        });

    private static bool MustSetUpSecondFactor(HttpContext context)
    {
        var user = context.User;
        if (user.Identity?.IsAuthenticated != true || !user.IsInRole(Roles.Curator) || user.HasClaim(c => c.Type == AppClaimTypes.TwoFactor))
        {
            return false;
        }

        var path = context.Request.Path;
        if (Path.HasExtension(path.Value) || OpenPrefixes.Any(prefix => path.StartsWithSegments(prefix, StringComparison.OrdinalIgnoreCase)))
        {
            return false;
        }

        return context.RequestServices.GetRequiredService<IOptions<TwoFactorOptions>>().Value.RequiredForCurators;
    }
}
