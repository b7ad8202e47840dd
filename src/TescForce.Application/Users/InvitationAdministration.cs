using Microsoft.EntityFrameworkCore;
using TescForce.Application.Audit;
using TescForce.Application.Common;
using TescForce.Application.Common.Email;
using TescForce.Application.Common.Persistence;
using TescForce.Application.Companies;
using TescForce.Domain.Identity;

namespace TescForce.Application.Users;

/// <summary>
/// The curators' view of the invitations still waiting, in every organisation, and the resend that helps
/// someone whose link expired or whose e-mail went astray.
/// </summary>
public sealed class InvitationAdministration(IAppDbFactory dbFactory, IEmailSender email, TimeProvider clock)
{
    public async Task<PagedResult<PendingInvitation>> ListPendingAsync(ActingUser actor, PageRequest page, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(page);
        actor.RequireRole(Roles.Curator);
        var now = Now();
        await using var db = await dbFactory.CreateAsync(actor, cancellationToken);
        var pending = db.CompanyInvitations.AsNoTracking().Where(i => i.AcceptedAt == null);
        var total = await pending.CountAsync(cancellationToken);
        var items = await pending.OrderByDescending(i => i.CreatedAt).Skip(page.Skip).Take(page.PageSize)
            .Select(i => new PendingInvitation(i.Id, i.Email,
                i.CompanyId != null
                    ? db.MemberCompanies.Where(c => c.Id == i.CompanyId).Select(c => c.Name).First()
                    : db.ClientOrganisations.Where(c => c.Id == i.ClientId).Select(c => c.Name).First(),
                i.ClientId != null, i.CreatedAt, i.ExpiresAt, i.ExpiresAt <= now))
            .ToListAsync(cancellationToken);
        return new PagedResult<PendingInvitation>(items, total, page);
    }

    /// <summary>Sends an invitation again with a new link valid for its full lifetime; the previous link stops working.</summary>
    public async Task<DateTime> ResendAsync(ActingUser actor, Guid invitationId, Uri siteBase, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        actor.RequireRole(Roles.Curator);
        await using var db = await dbFactory.CreateAsync(actor, cancellationToken);
        var invitation = await db.CompanyInvitations.SingleOrDefaultAsync(i => i.Id == invitationId, cancellationToken)
            ?? throw new NotFoundException(Messages.Users_InvitationDoesNotExist);
        if (invitation.AcceptedAt is not null)
        {
            throw new Domain.Common.DomainException("invitation.accepted", Messages.Users_InvitationAcceptedColleagueAlready);
        }

        var organisation = invitation.CompanyId is { } companyId
            ? await db.MemberCompanies.Where(c => c.Id == companyId).Select(c => c.Name).SingleAsync(cancellationToken)
            : await db.ClientOrganisations.Where(c => c.Id == invitation.ClientId).Select(c => c.Name).SingleAsync(cancellationToken);
        var now = Now();
        // Saved with the renewal itself: the new link and the record of who sent it land together (ADR 0008).
        db.AuditEntries.Add(AuditLogService.InvitationResent(actor, invitation.Id, invitation.Email, invitation.ExpiresAt,
            now + Domain.Companies.CompanyInvitation.Lifetime, now));
        var renewed = await ColleagueInvitations.RenewAsync(db, email, now, invitation, organisation, siteBase, cancellationToken);
        return renewed.ExpiresAt;
    }

    private DateTime Now() => clock.GetUtcNow().UtcDateTime;
}
