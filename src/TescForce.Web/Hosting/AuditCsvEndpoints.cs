using System.Text;
using TescForce.Application.Audit;
using TescForce.Application.Common;
using TescForce.Domain.Identity;
using TescForce.Web.Security;

namespace TescForce.Web.Hosting;

/// <summary>
/// <c>GET /admin/audit/export.csv</c> for curators: the audit entries matching the same filters as the log page
/// (<c>person</c>, <c>type</c>, <c>objectId</c>, <c>action</c>, <c>from</c>, <c>to</c> as yyyy-MM-dd, <c>text</c>).
/// </summary>
public static class AuditCsvEndpoints
{
    public const string ExportPath = "/admin/audit/export.csv";

    public static IEndpointRouteBuilder MapAuditCsvEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(ExportPath, async (HttpContext context, AuditLogService audit, string? person, string? type, string? objectId,
                string? action, DateOnly? from, DateOnly? to, string? text, CancellationToken cancellationToken) =>
            {
                var actor = CurrentUser.FromPrincipal(context.User) ?? throw new ForbiddenAccessException("You must be signed in.");
                var query = new AuditQuery { Person = person, ObjectType = type, ObjectId = objectId, Action = action, From = from, To = to, Text = text };
                var csv = await audit.ExportCsvAsync(actor, query, cancellationToken);
                // Who looked at what: never kept by a browser or proxy cache.
                context.Response.Headers.CacheControl = "no-store";
                var fileName = $"tescforce-audit-{DateTime.UtcNow:yyyyMMdd-HHmm}.csv";
                return Results.File(Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(csv)).ToArray(), "text/csv; charset=utf-8", fileName);
            })
            .RequireAuthorization(policy => policy.RequireRole(Roles.Curator));
        return endpoints;
    }

    /// <summary>The export's address for the filters a page shows.</summary>
    public static string Link(AuditQuery query)
    {
        var parameters = new Dictionary<string, string?>
        {
            ["person"] = query.Person, ["type"] = query.ObjectType, ["objectId"] = query.ObjectId, ["action"] = query.Action,
            ["from"] = query.From?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            ["to"] = query.To?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), ["text"] = query.Text,
        };
        var pairs = parameters.Where(p => !string.IsNullOrWhiteSpace(p.Value)).Select(p => $"{p.Key}={Uri.EscapeDataString(p.Value!)}");
        var queryString = string.Join("&", pairs);
        return ExportPath.TrimStart('/') + (queryString.Length == 0 ? "" : "?" + queryString);
    }
}
