using Microsoft.EntityFrameworkCore;
using TescForce.Application.Common;
using TescForce.Application.Common.Email;
using TescForce.Application.Common.Persistence;
using TescForce.Application.Companies;
using TescForce.Domain.Clients;
using TescForce.Domain.Identity;

namespace TescForce.Application.Clients;

/// <summary>Client organisations: their members see their own; curators verify or reject them.</summary>
public sealed class ClientService(IAppDbFactory dbFactory, IEmailSender email, TimeProvider clock)
{
    public async Task<ClientDetails> GetOwnAsync(ActingUser actor, CancellationToken cancellationToken = default)
    {
        var clientId = actor.RequireOwnClient();
        await using var db = await dbFactory.CreateAsync(actor, cancellationToken);
        return await ToDetails(db, db.ClientOrganisations.Where(c => c.Id == clientId)).SingleOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException(Messages.Clients_ClientOrganisationDoesNot);
    }

    /// <summary>Curators: the client organisations, pending first, filtered by status and name.</summary>
    public async Task<PagedResult<ClientDetails>> ListAsync(ActingUser actor, ClientStatus? status, string? search, PageRequest page,
        CancellationToken cancellationToken = default)
    {
        actor.RequireRole(Roles.Curator);
        ArgumentNullException.ThrowIfNull(page);
        await using var db = await dbFactory.CreateAsync(actor, cancellationToken);
        var query = db.ClientOrganisations.AsNoTracking();
        if (status is { } wanted)
        {
            query = query.Where(c => c.Status == wanted);
        }

        if (!string.IsNullOrWhiteSpace(search))
        {
            var term = search.Trim().ToUpperInvariant();
            query = query.Where(c => c.Name.ToUpper().Contains(term) || c.CountryCode == term);
        }

        var total = await query.CountAsync(cancellationToken);
        var items = await ToDetails(db, query.OrderBy(c => c.CreatedAt).ThenBy(c => c.Name).Skip(page.Skip).Take(page.PageSize))
            .ToListAsync(cancellationToken);
        return new PagedResult<ClientDetails>(items, total, page);
    }

    public Task VerifyAsync(ActingUser actor, Guid clientId, CancellationToken cancellationToken = default) =>
        DecideAsync(actor, clientId, (client, now) => client.Verify(actor.UserId, now), cancellationToken);

    public Task RejectAsync(ActingUser actor, Guid clientId, string reason, CancellationToken cancellationToken = default) =>
        DecideAsync(actor, clientId, (client, now) => client.Reject(actor.UserId, reason, now), cancellationToken);

    private async Task DecideAsync(ActingUser actor, Guid clientId, Action<ClientOrganisation, DateTime> decide, CancellationToken cancellationToken)
    {
        actor.RequireRole(Roles.Curator);
        await using var db = await dbFactory.CreateAsync(actor, cancellationToken);
        var client = await db.ClientOrganisations.SingleOrDefaultAsync(c => c.Id == clientId, cancellationToken)
            ?? throw new NotFoundException(Messages.Clients_ClientOrganisationDoesNot);
        decide(client, clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(cancellationToken);
    }

    private static IQueryable<ClientDetails> ToDetails(IAppDb db, IQueryable<ClientOrganisation> clients) =>
        clients.AsNoTracking().Select(c => new ClientDetails(c.Id, c.Name, c.CountryCode, c.TimeZone, c.Website, c.ReferredBy, c.Status,
            c.DecisionReason, c.CreatedAt, db.Missions.Count(m => m.ClientId == c.Id)));

    /// <summary>A client member invites a colleague into the organisation, as member companies do; the link is e-mailed and returned once.</summary>
    public async Task<CreatedInvitation> InviteAsync(ActingUser actor, string colleagueEmail, Uri siteBase, CancellationToken cancellationToken = default)
    {
        var clientId = actor.RequireOwnClient();
        await using var db = await dbFactory.CreateAsync(actor, cancellationToken);
        var name = await db.ClientOrganisations.Where(c => c.Id == clientId).Select(c => c.Name).SingleAsync(cancellationToken);
        return await ColleagueInvitations.CreateAsync(db, email, clock.GetUtcNow().UtcDateTime, actor, colleagueEmail, name,
            invitation => invitation.ClientId = clientId, siteBase, cancellationToken);
    }

    public async Task<IReadOnlyList<CompanyInvitationSummary>> ListInvitationsAsync(ActingUser actor, CancellationToken cancellationToken = default)
    {
        var clientId = actor.RequireOwnClient();
        await using var db = await dbFactory.CreateAsync(actor, cancellationToken);
        return await ColleagueInvitations.ListAsync(db.CompanyInvitations.Where(i => i.ClientId == clientId), cancellationToken);
    }
}
