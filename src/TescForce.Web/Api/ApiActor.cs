using TescForce.Application.Common;
using TescForce.Web.Security;

namespace TescForce.Web.Api;

/// <summary>The organisation member an API key acts as (ADR 0012), for the Application services.</summary>
public static class ApiActor
{
    public static ActingUser Of(HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(http);
        return CurrentUser.FromPrincipal(http.User) ?? throw new ForbiddenAccessException("This call needs an API key.");
    }

    /// <summary>The filter of resources only a member company's key may use: any other key gets 403.</summary>
    public static ValueTask<object?> RequireCompanyAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        Of(context.HttpContext).RequireOwnCompany();
        return next(context);
    }
}
