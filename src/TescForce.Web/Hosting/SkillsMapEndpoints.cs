using System.Globalization;
using Microsoft.Extensions.Localization;
using TescForce.Application.Common;
using TescForce.Application.SkillsMap;
using TescForce.Domain.Identity;
using TescForce.Web.Components.Pages.SkillsMap;
using TescForce.Web.Security;

namespace TescForce.Web.Hosting;

/// <summary>
/// The current view of the skills map as a file, with the page's filters in the query string
/// (<see cref="SkillsMapQueryString"/>): <c>/admin/skills-map/export.csv|xlsx</c> for curators (with the
/// companies), <c>/skills-map/export.csv|xlsx</c> for anyone (the public map). Labels follow the request's language.
/// </summary>
public static class SkillsMapEndpoints
{
    public const string CuratorPath = "/admin/skills-map/export";
    public const string PublicPath = "/skills-map/export";

    public static IEndpointRouteBuilder MapSkillsMapEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(CuratorPath + ".{format}", async (HttpContext context, SkillsMapService service, IStringLocalizer<SharedResource> l, string format, CancellationToken cancellationToken) =>
            {
                var actor = CurrentUser.FromPrincipal(context.User) ?? throw new ForbiddenAccessException("You must be signed in.");
                return await ExportAsync(format, "skills-map",
                    () => service.CuratorMapAsync(actor, SkillsMapQueryString.Parse(context.Request.Query), Language, cancellationToken), l);
            })
            .RequireAuthorization(policy => policy.RequireRole(Roles.Curator));

        endpoints.MapGet(PublicPath + ".{format}", async (HttpContext context, SkillsMapService service, IStringLocalizer<SharedResource> l, string format, CancellationToken cancellationToken) =>
                await ExportAsync(format, "skills-map-public",
                    () => service.PublicMapAsync(SkillsMapQueryString.Parse(context.Request.Query), Language, cancellationToken), l))
            .AllowAnonymous();
        return endpoints;
    }

    private static string Language => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;

    private static async Task<IResult> ExportAsync(string format, string name, Func<Task<SkillsMapResult>> map, IStringLocalizer<SharedResource> l)
    {
        if (format is not ("csv" or "xlsx"))
        {
            return Results.NotFound();
        }

        SkillsMapResult result;
        try
        {
            result = await map();
        }
        catch (ValidationFailedException ex)
        {
            return Results.ValidationProblem(ex.Errors.ToDictionary());
        }

        var tables = SkillsMapTables.Build(result, l);
        var file = $"{name}-{DateTime.UtcNow:yyyy-MM-dd}.{format}";
        return format == "csv"
            ? Results.File(SkillsMapExport.Csv(tables), "text/csv; charset=utf-8", file)
            : Results.File(SkillsMapExport.Xlsx(tables), SkillsMapExport.XlsxContentType, file);
    }
}
