using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Localization;
using TescForce.Infrastructure.Identity;

namespace TescForce.Web.Localization;

public static class LocalizationExtensions
{
    public static IServiceCollection AddTescForceLocalization(this IServiceCollection services)
    {
        services.AddLocalization(options => options.ResourcesPath = "Resources");
        services.Configure<RequestLocalizationOptions>(options =>
        {
            options.DefaultRequestCulture = new RequestCulture(SupportedCultures.English);
            options.SupportedCultures = [.. SupportedCultures.All];
            options.SupportedUICultures = [.. SupportedCultures.All];
            options.FallBackToParentCultures = true;
            options.FallBackToParentUICultures = true;
            // The cookie (an explicit choice) wins over the browser's Accept-Language; no query string.
            options.RequestCultureProviders =
            [
                new CookieRequestCultureProvider(),
                new AcceptLanguageHeaderRequestCultureProvider(),
            ];
        });
        return services;
    }

    public static WebApplication UseTescForceLocalization(this WebApplication app)
    {
        app.UseRequestLocalization();
        return app;
    }

    /// <summary><c>GET /culture/set?culture=fr&amp;redirectUri=/page</c>: remembers the choice in a cookie for a year.</summary>
    public static IEndpointRouteBuilder MapCultureEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/culture/set", async (HttpContext context, UserManager<ApplicationUser> users, string? culture, string? redirectUri) =>
        {
            if (!SupportedCultures.IsSupported(culture))
            {
                return Results.Problem(
                    statusCode: StatusCodes.Status400BadRequest,
                    title: "Unsupported culture",
                    detail: $"Choose one of: {string.Join(", ", SupportedCultures.Names)}.");
            }

            CultureCookie.Append(context, culture!.ToLowerInvariant());
            await RememberForUserAsync(context, users, culture.ToLowerInvariant());
            return Results.LocalRedirect(IsLocal(redirectUri) ? redirectUri! : "/");
        }).AllowAnonymous();
        return endpoints;
    }

    /// <summary>
    /// A signed-in user's choice is also kept on the account, so that the e-mails sent to them later — by
    /// someone else's action or a background job, with no request of theirs — are in the language they chose.
    /// </summary>
    private static async Task RememberForUserAsync(HttpContext context, UserManager<ApplicationUser> users, string culture)
    {
        if (context.User.Identity?.IsAuthenticated != true || await users.GetUserAsync(context.User) is not { } user
            || user.PreferredCulture == culture)
        {
            return;
        }

        user.PreferredCulture = culture;
        await users.UpdateAsync(user);
    }

    private static bool IsLocal(string? url) =>
        !string.IsNullOrEmpty(url)
        && url[0] == '/'
        && (url.Length == 1 || (url[1] != '/' && url[1] != '\\'));
}
