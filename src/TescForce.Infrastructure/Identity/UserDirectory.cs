using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using TescForce.Application.Audit;
using TescForce.Application.Common;
using TescForce.Application.Users;
using TescForce.Domain.Identity;
using TescForce.Infrastructure.Data;

namespace TescForce.Infrastructure.Identity;

internal sealed class UserDirectory(IDbContextFactory<TescForceDbContext> contextFactory, TimeProvider clock) : IUserDirectory
{
    public async Task<UserContact?> FindContactAsync(string userId, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await db.Users.AsNoTracking().Where(u => u.Id == userId)
            .Select(u => new UserContact(u.DisplayName, u.Email!))
            .SingleOrDefaultAsync(cancellationToken);
    }

    public async Task<PagedResult<UserSummary>> SearchAsync(
        ActingUser actor, UserQuery query, CancellationToken cancellationToken = default)
    {
        actor.RequireRole(Roles.Curator);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);

        var users = db.Users.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(query.Search))
        {
            // Upper-casing both sides behaves the same on SQLite and PostgreSQL (LIKE does not).
            var term = query.Search.Trim().ToUpperInvariant();
            users = users.Where(u => u.NormalizedEmail!.Contains(term)
                || (u.DisplayName != null && u.DisplayName.ToUpper().Contains(term)));
        }

        if (!string.IsNullOrWhiteSpace(query.Role))
        {
            users = users.Where(u => db.UserRoles.Any(ur => ur.UserId == u.Id
                && db.Roles.Any(r => r.Id == ur.RoleId && r.Name == query.Role)));
        }

        var total = await users.CountAsync(cancellationToken);
        var page = await users
            .OrderBy(u => u.NormalizedEmail)
            .Skip(query.Page.Skip)
            .Take(query.Page.PageSize)
            .Select(u => new
            {
                u.Id,
                u.Email,
                u.DisplayName,
                u.EmailConfirmed,
                u.LockoutEnd,
                Organisation = db.MemberCompanies.Where(c => c.Id == u.MemberCompanyId).Select(c => c.Name).FirstOrDefault()
                    ?? db.ClientOrganisations.Where(c => c.Id == u.ClientOrganisationId).Select(c => c.Name).FirstOrDefault(),
                Roles = db.UserRoles.Where(ur => ur.UserId == u.Id)
                    .Join(db.Roles, ur => ur.RoleId, r => r.Id, (_, r) => r.Name!)
                    .ToList(),
            })
            .ToListAsync(cancellationToken);

        var now = clock.GetUtcNow();
        var items = page
            .Select(u => new UserSummary(u.Id, u.Email ?? "", u.DisplayName, u.Roles.Order(StringComparer.Ordinal).ToList(),
                u.EmailConfirmed, u.LockoutEnd is { } end && end > now, u.Organisation))
            .ToList();
        return new PagedResult<UserSummary>(items, total, query.Page);
    }

    public async Task SetLockedAsync(ActingUser actor, string userId, bool locked, CancellationToken cancellationToken = default)
    {
        actor.RequireRole(Roles.Curator);
        if (locked && userId == actor.UserId)
        {
            throw new ValidationFailedException("User", "You cannot lock your own account.");
        }

        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        db.Audit.Stamp(actor.UserId);
        var user = await db.Users.SingleOrDefaultAsync(u => u.Id == userId, cancellationToken)
            ?? throw new NotFoundException("This user does not exist.");
        var now = clock.GetUtcNow();
        var wasLocked = user.LockoutEnd is { } end && end > now;
        if (wasLocked == locked)
        {
            return;
        }

        // A curator's action on an account: recorded with it, in the same save (ADR 0008).
        db.AuditEntries.Add(AuditLogService.AccountLockChanged(actor, user.Id, user.Email ?? user.Id, locked, now.UtcDateTime));
        user.LockoutEnabled = true;
        user.LockoutEnd = locked ? DateTimeOffset.MaxValue : null;
        user.AccessFailedCount = 0;
        // A new stamp ends the sessions already open: the cookie is checked against it.
        user.SecurityStamp = Guid.NewGuid().ToString("N");
        user.ConcurrencyStamp = Guid.NewGuid().ToString();
        await db.SaveChangesAsync(cancellationToken);
    }

    public Task<IReadOnlyList<UserSummary>> ListCompanyMembersAsync(
        ActingUser actor, Guid companyId, CancellationToken cancellationToken = default)
    {
        actor.RequireCompany(companyId);
        return ListMembersAsync(u => u.MemberCompanyId == companyId, Roles.CompanyMember, cancellationToken);
    }

    public Task<IReadOnlyList<UserSummary>> ListClientMembersAsync(
        ActingUser actor, Guid clientId, CancellationToken cancellationToken = default)
    {
        if (!actor.CanManageClient(clientId))
        {
            throw new ForbiddenAccessException("You may only see your own organisation's members.");
        }

        return ListMembersAsync(u => u.ClientOrganisationId == clientId, Roles.ClientMember, cancellationToken);
    }

    public Task<IReadOnlyList<Recipient>> MembersOfClientAsync(Guid clientId, CancellationToken cancellationToken = default) =>
        RecipientsAsync(u => u.ClientOrganisationId == clientId, cancellationToken);

    public Task<IReadOnlyList<Recipient>> MembersOfCompanyAsync(Guid companyId, CancellationToken cancellationToken = default) =>
        RecipientsAsync(u => u.MemberCompanyId == companyId, cancellationToken);

    public async Task<IReadOnlyList<Recipient>> CuratorsAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var curatorIds = await db.UserRoles.Where(ur => db.Roles.Any(r => r.Id == ur.RoleId && r.Name == Roles.Curator))
            .Select(ur => ur.UserId).ToListAsync(cancellationToken);
        return await RecipientsAsync(u => curatorIds.Contains(u.Id), cancellationToken);
    }

    private async Task<IReadOnlyList<Recipient>> RecipientsAsync(
        Expression<Func<ApplicationUser, bool>> members, CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var now = clock.GetUtcNow();
        var users = await db.Users.AsNoTracking().Where(members).Where(u => u.Email != null)
            .OrderBy(u => u.NormalizedEmail)
            .Select(u => new { u.Id, u.Email, u.PreferredCulture, u.LockoutEnd })
            .ToListAsync(cancellationToken);
        // A locked-out account is told nothing: it may be a colleague who has left. Compared here because
        // SQLite cannot compare DateTimeOffset values in a query.
        return users.Where(u => u.LockoutEnd is not { } end || end <= now)
            .Select(u => new Recipient(u.Id, u.Email!, u.PreferredCulture))
            .ToList();
    }

    private async Task<IReadOnlyList<UserSummary>> ListMembersAsync(
        Expression<Func<ApplicationUser, bool>> members, string role, CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var now = clock.GetUtcNow();
        var users = await db.Users.AsNoTracking()
            .Where(members)
            .OrderBy(u => u.NormalizedEmail)
            .Select(u => new { u.Id, u.Email, u.DisplayName, u.EmailConfirmed, u.LockoutEnd })
            .ToListAsync(cancellationToken);
        return users
            .Select(u => new UserSummary(u.Id, u.Email ?? "", u.DisplayName, [role], u.EmailConfirmed,
                u.LockoutEnd is { } end && end > now))
            .ToList();
    }

    public async Task<IReadOnlyDictionary<string, int>> CountByRoleAsync(
        ActingUser actor, CancellationToken cancellationToken = default)
    {
        actor.RequireRole(Roles.Curator);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var counts = await db.Roles.AsNoTracking()
            .Select(r => new { r.Name, Count = db.UserRoles.Count(ur => ur.RoleId == r.Id) })
            .ToListAsync(cancellationToken);
        return Roles.All.ToDictionary(
            role => role,
            role => counts.FirstOrDefault(c => c.Name == role)?.Count ?? 0,
            StringComparer.Ordinal);
    }
}
