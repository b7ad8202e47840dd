using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Diagnostics;

namespace TescForce.Web.Hosting;

/// <summary>
/// A form posted without a valid antiforgery token is refused with 400 before its endpoint runs. Razor components
/// refuse it themselves, but a minimal-API endpoint taking <c>[FromForm]</c> values (logout, external login) would
/// otherwise fail while reading the form and answer 500.
/// </summary>
public static class AntiforgeryRefusal
{
    /// <summary>Right after <c>UseAntiforgery</c>, which records its verdict in <see cref="IAntiforgeryValidationFeature"/>.</summary>
    public static IApplicationBuilder UseAntiforgeryRefusal(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            if (context.Features.Get<IAntiforgeryValidationFeature>() is { IsValid: false })
            {
                // Not re-executed to the status page: a second pass would validate the same bad token again and throw.
                if (context.Features.Get<IStatusCodePagesFeature>() is { } statusPages)
                {
                    statusPages.Enabled = false;
                }

                context.Response.StatusCode = StatusCodes.Status400BadRequest;
                return;
            }

            await next(context);
        });
}
