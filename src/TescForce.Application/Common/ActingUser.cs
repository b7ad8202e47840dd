using TescForce.Domain.Identity;

namespace TescForce.Application.Common;

/// <summary>
/// The person on whose behalf a service method runs. Every method that touches data takes one
/// and checks that this person may act on that resource, so pages and API share one set of rules.
/// </summary>
public sealed record ActingUser(string UserId, IReadOnlySet<string> Roles)
{
    public bool IsCurator => Roles.Contains(Domain.Identity.Roles.Curator);

    public void RequireRole(string role)
    {
        if (!Roles.Contains(role))
        {
            throw new ForbiddenAccessException($"This action requires the {role} role.");
        }
    }

    public static ActingUser Create(string userId, IEnumerable<string> roles) =>
        new(userId, new HashSet<string>(roles, StringComparer.Ordinal));
}
