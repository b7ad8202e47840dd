using System.Globalization;
using Microsoft.Net.Http.Headers;
using TescForce.Application.Common;

namespace TescForce.Web.Api;

/// <summary>
/// Optimistic concurrency over HTTP: a resource's <c>ETag</c> is its version (<c>"7"</c>); an update must send it
/// back in <c>If-Match</c>. A missing <c>If-Match</c> is answered 428, a stale one 412 (the service refuses a save
/// whose version has moved, so a change made between the check and the save is caught too).
/// </summary>
public static class ApiEtags
{
    public static string Of(int version) => "\"" + version.ToString(CultureInfo.InvariantCulture) + "\"";

    /// <summary>Sets the response's <c>ETag</c>.</summary>
    public static void Set(HttpContext http, int version)
    {
        ArgumentNullException.ThrowIfNull(http);
        http.Response.Headers.ETag = Of(version);
    }

    /// <summary>The version named by <c>If-Match</c>; throws for a missing (428) or malformed (400) header.</summary>
    public static int Required(HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(http);
        string? header = http.Request.Headers.IfMatch;
        if (string.IsNullOrWhiteSpace(header))
        {
            throw new PreconditionRequiredException();
        }

        if (!EntityTagHeaderValue.TryParse(header.Trim(), out var tag) || tag.IsWeak
            || !int.TryParse(tag.Tag.AsSpan().Trim('"'), NumberStyles.None, CultureInfo.InvariantCulture, out var version))
        {
            throw new ValidationFailedException("If-Match", "If-Match must be the ETag of the resource as last read, such as \"3\".");
        }

        return version;
    }

    /// <summary>The version named by <c>If-Match</c> when the header is sent (a malformed one is refused with 400), otherwise null.</summary>
    public static int? Optional(HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(http);
        return string.IsNullOrWhiteSpace(http.Request.Headers.IfMatch) ? null : Required(http);
    }

    /// <summary>Checks <c>If-Match</c> against the current version before a change; the service checks again at the save.</summary>
    public static void Check(HttpContext http, int currentVersion)
    {
        if (Required(http) != currentVersion)
        {
            throw new ConcurrencyConflictException("The resource changed since you read it (its ETag is no longer the one in If-Match): read it again, then retry.");
        }
    }
}

/// <summary>An update sent without <c>If-Match</c>: 428 Precondition Required.</summary>
public sealed class PreconditionRequiredException()
    : Exception("Updates must send If-Match with the resource's ETag, so that a concurrent change is not overwritten.");
