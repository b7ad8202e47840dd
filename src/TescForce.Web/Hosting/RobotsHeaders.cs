using Microsoft.AspNetCore.Authorization;

namespace TescForce.Web.Hosting;

/// <summary>
/// Tells search engines not to index what is not public: pages that need an account (their endpoint requires
/// authorization) and error answers (404, 403, 500…). One header here instead of a tag in every page.
/// </summary>
public static class RobotsHeaders
{
    public const string HeaderName = "X-Robots-Tag";

    public static IApplicationBuilder UseNoIndexForPrivatePages(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            context.Response.OnStarting(() =>
            {
                if (context.Response.StatusCode >= 400 || RequiresAccount(context.GetEndpoint()))
                {
                    context.Response.Headers[HeaderName] = "noindex";
                }

                return Task.CompletedTask;
            });
            await next(context);
        });

    private static bool RequiresAccount(Endpoint? endpoint) =>
        endpoint?.Metadata.GetMetadata<IAuthorizeData>() is not null && endpoint.Metadata.GetMetadata<IAllowAnonymous>() is null;
}
