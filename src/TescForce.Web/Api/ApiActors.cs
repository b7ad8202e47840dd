using TescForce.Application.Common;
using TescForce.Domain.Identity;
using TescForce.Web.Security;

namespace TescForce.Web.Api;

/// <summary>
/// The <see cref="ActingUser"/> of a call, built from its key: a client key acts as its organisation's client member, a
/// company key as its company's member. An endpoint for one kind of key answers 403 to the other kind before it reads anything.
/// </summary>
public static class ApiActors
{
    public static ActingUser Of(HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(http);
        return CurrentUser.FromPrincipal(http.User) ?? throw new ForbiddenAccessException("This call needs an API key.");
    }

    /// <summary>The actor of a client organisation's key; 403 for any other key.</summary>
    public static ActingUser Client(HttpContext http)
    {
        var actor = Of(http);
        return IsClient(actor) ? actor : throw new ForbiddenAccessException("This endpoint is for client organisations' keys; this key belongs to a member company.");
    }

    /// <summary>The actor of a member company's key; 403 for any other key.</summary>
    public static ActingUser Company(HttpContext http)
    {
        var actor = Of(http);
        return IsCompany(actor) ? actor : throw new ForbiddenAccessException("This endpoint is for member companies' keys; this key belongs to a client organisation.");
    }

    /// <summary>The filter of a group only member companies' keys may use: any other key gets 403 before anything is read.</summary>
    public static ValueTask<object?> RequireCompanyAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        Company(context.HttpContext);
        return next(context);
    }

    public static bool IsClient(ActingUser actor) =>
        actor is { ClientId: not null } && actor.Roles.Contains(Roles.ClientMember);

    public static bool IsCompany(ActingUser actor) =>
        actor is { CompanyId: not null } && actor.Roles.Contains(Roles.CompanyMember);
}
