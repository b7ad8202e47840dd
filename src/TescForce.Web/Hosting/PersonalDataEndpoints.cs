using TescForce.Application.Common;
using TescForce.Application.Privacy;
using TescForce.Domain.Identity;
using TescForce.Web.Security;

namespace TescForce.Web.Hosting;

/// <summary><c>GET /admin/personal-data/{id}/export.json</c> for curators: everything held about the request's linked consultant.</summary>
public static class PersonalDataEndpoints
{
    public static string ExportLink(Guid requestId) => $"admin/personal-data/{requestId}/export.json";

    public static IEndpointRouteBuilder MapPersonalDataEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/admin/personal-data/{id:guid}/export.json", async (HttpContext context, PersonalDataRequests requests, Guid id,
                CancellationToken cancellationToken) =>
            {
                var actor = CurrentUser.FromPrincipal(context.User) ?? throw new ForbiddenAccessException("You must be signed in.");
                try
                {
                    var (fileName, json) = await requests.ExportAsync(actor, id, cancellationToken);
                    // Someone's whole record: never kept by a browser or proxy cache.
                    context.Response.Headers.CacheControl = "no-store";
                    return Results.File(json, "application/json; charset=utf-8", fileName);
                }
                catch (NotFoundException)
                {
                    return Results.NotFound();
                }
                catch (ValidationFailedException ex)
                {
                    return Results.ValidationProblem(ex.Errors);
                }
            })
            .RequireAuthorization(policy => policy.RequireRole(Roles.Curator));
        return endpoints;
    }
}
