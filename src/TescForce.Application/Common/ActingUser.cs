using TescForce.Domain.Identity;

namespace TescForce.Application.Common;

/// <summary>
/// The person on whose behalf a service method runs. Every method that touches data takes one
/// and checks that this person may act on that resource, so pages and API share one set of rules.
/// </summary>
/// <param name="CompanyId">The member company the user works for, if any.</param>
/// <param name="ClientId">The client organisation the user works for, if any.</param>
public sealed record ActingUser(string UserId, IReadOnlySet<string> Roles, Guid? CompanyId = null, Guid? ClientId = null)
{
    /// <summary>The client organisation of a client member; refused for anyone else.</summary>
    public Guid RequireOwnClient() =>
        Roles.Contains(Domain.Identity.Roles.ClientMember) && ClientId is { } id
            ? id
            : throw new ForbiddenAccessException(Messages.Common_OnlyMemberRegisteredClient);

    /// <summary>A curator, or a member of that client organisation.</summary>
    public bool CanManageClient(Guid clientId) =>
        IsCurator || (ClientId == clientId && Roles.Contains(Domain.Identity.Roles.ClientMember));

    public bool IsCurator => Roles.Contains(Domain.Identity.Roles.Curator);

    /// <summary>A curator, or a member of that company.</summary>
    public bool CanManageCompany(Guid companyId) =>
        IsCurator || (CompanyId == companyId && Roles.Contains(Domain.Identity.Roles.CompanyMember));

    public void RequireCompany(Guid companyId)
    {
        if (!CanManageCompany(companyId))
        {
            throw new ForbiddenAccessException(Messages.Common_OnlyActOwnCompany);
        }
    }

    /// <summary>The company of a company member; refused for anyone else.</summary>
    public Guid RequireOwnCompany() =>
        Roles.Contains(Domain.Identity.Roles.CompanyMember) && CompanyId is { } id
            ? id
            : throw new ForbiddenAccessException(Messages.Common_OnlyMemberRegisteredCompany);

    public void RequireRole(string role)
    {
        if (!Roles.Contains(role))
        {
            throw new ForbiddenAccessException(Messages.Format(Messages.Common_ActionRequiresRole, role));
        }
    }

    /// <summary>Refused unless the user has one of <paramref name="roles"/>.</summary>
    public void RequireAnyRole(params string[] roles)
    {
        if (!roles.Any(Roles.Contains))
        {
            throw new ForbiddenAccessException(Messages.Format(Messages.Common_ActionRequiresOneOfRoles, string.Join(", ", roles)));
        }
    }

    /// <summary>A background job acting on its own (the audit log names it <c>system:&lt;job&gt;</c>); it holds no role.</summary>
    public static ActingUser System(string job) => new(Domain.Audit.AuditEntry.SystemPrefix + job, new HashSet<string>(StringComparer.Ordinal));

    public static ActingUser Create(string userId, IEnumerable<string> roles, Guid? companyId = null, Guid? clientId = null) =>
        new(userId, new HashSet<string>(roles, StringComparer.Ordinal), companyId, clientId);
}
