using System.Globalization;
using TescForce.Application.Common;
using TescForce.Application.Consultants.Import;
using TescForce.Domain.Identity;
using TescForce.Web.Security;

namespace TescForce.Web.Hosting;

/// <summary>
/// <c>GET /company/consultants/export.csv</c> (the signed-in member's company only; <c>?includeArchived=true</c>
/// adds the archived profiles) and <c>GET /company/consultants/import-template.csv</c>, both for company
/// members. Skill labels follow the request's language.
/// </summary>
public static class ConsultantCsvEndpoints
{
    public const string ExportPath = "/company/consultants/export.csv";
    public const string TemplatePath = "/company/consultants/import-template.csv";

    public static IEndpointRouteBuilder MapConsultantCsvEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(ExportPath, async (HttpContext context, ConsultantExportService export, bool? includeArchived, CancellationToken cancellationToken) =>
            {
                var file = await export.ExportAsync(Actor(context), CultureInfo.CurrentUICulture.TwoLetterISOLanguageName,
                    includeArchived ?? false, cancellationToken);
                return Download(context, file);
            })
            .RequireAuthorization(policy => policy.RequireRole(Roles.CompanyMember))
            .AddEndpointFilter(RefuseForbiddenAccess);

        endpoints.MapGet(TemplatePath, (HttpContext context, ConsultantExportService export) => Download(context, export.Template(Actor(context))))
            .RequireAuthorization(policy => policy.RequireRole(Roles.CompanyMember))
            .AddEndpointFilter(RefuseForbiddenAccess);
        return endpoints;
    }

    private static ActingUser Actor(HttpContext context) =>
        CurrentUser.FromPrincipal(context.User) ?? throw new ForbiddenAccessException("You must be signed in.");

    private static IResult Download(HttpContext context, CsvFile file)
    {
        // Personal data: never kept by a browser or proxy cache.
        context.Response.Headers.CacheControl = "no-store";
        return Results.File(file.Content, CsvFile.ContentType, file.FileName);
    }

    /// <summary>A member role without a company (or the like) gets 403, not an error page.</summary>
    private static async ValueTask<object?> RefuseForbiddenAccess(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        try
        {
            return await next(context);
        }
        catch (ForbiddenAccessException)
        {
            return Results.StatusCode(StatusCodes.Status403Forbidden);
        }
    }
}
