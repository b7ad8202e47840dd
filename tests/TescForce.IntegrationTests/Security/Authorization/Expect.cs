using System.Net;

namespace TescForce.IntegrationTests.Security.Authorization;

/// <summary>The answer the access table expects, by class rather than exact status where several are equally right.</summary>
public enum Expect
{
    /// <summary>2xx: served.</summary>
    Ok,

    /// <summary>A redirect to the login page: a page or file asked for without a sign-in (an API key does not sign in to the site).</summary>
    Login,

    /// <summary>A redirect to the access-denied page (which answers 403): signed in, but without the role.</summary>
    Denied,

    /// <summary>Any other redirect (the page sends the visitor elsewhere).</summary>
    Moved,

    /// <summary>400: refused by validation or antiforgery, after or without authorization.</summary>
    Invalid,

    /// <summary>401: the API without a valid key (a site cookie is never accepted there).</summary>
    NoKey,

    /// <summary>403: the wrong kind of key, or a refused page.</summary>
    Refused,

    /// <summary>404: another organisation's resource, answered as if it did not exist.</summary>
    Missing,

    /// <summary>409 or 412: the actor's own resource, found and refused by a rule (so a write that would change it changes nothing).</summary>
    Conflict,

    /// <summary>5xx: the page fails. No row expects it; kept so that a failure names what happened.</summary>
    Failed,

    /// <summary>Anything else (405, 429…): never expected; the failure names the status.</summary>
    Other,
}

public static class ExpectOf
{
    public static Expect Response(HttpResponseMessage response)
    {
        ArgumentNullException.ThrowIfNull(response);
        var code = (int)response.StatusCode;
        if (code is >= 300 and < 400)
        {
            var location = response.Headers.Location?.OriginalString ?? "";
            return location.Contains("/Account/Login", StringComparison.OrdinalIgnoreCase) ? Expect.Login
                : location.Contains("/Account/AccessDenied", StringComparison.OrdinalIgnoreCase) ? Expect.Denied
                : Expect.Moved;
        }

        return response.StatusCode switch
        {
            _ when code is >= 200 and < 300 => Expect.Ok,
            HttpStatusCode.BadRequest => Expect.Invalid,
            HttpStatusCode.Unauthorized => Expect.NoKey,
            HttpStatusCode.Forbidden => Expect.Refused,
            HttpStatusCode.NotFound => Expect.Missing,
            HttpStatusCode.Conflict or HttpStatusCode.PreconditionFailed => Expect.Conflict,
            _ when code >= 500 => Expect.Failed,
            _ => Expect.Other,
        };
    }
}
