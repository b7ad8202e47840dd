using Microsoft.EntityFrameworkCore;
using TescForce.Application.Common;
using TescForce.Application.Common.Email;
using TescForce.Application.Common.Persistence;
using TescForce.Domain.Companies;
using TescForce.Domain.Consultants;
using TescForce.Domain.Identity;

namespace TescForce.Application.Companies;

/// <summary>Member companies: their profile, their colleagues' invitations, and the curators' decisions.</summary>
public sealed class CompanyService(IAppDbFactory dbFactory, IEmailSender email, TimeProvider clock)
{
    public async Task<CompanyDetails> GetAsync(ActingUser actor, Guid companyId, CancellationToken cancellationToken = default)
    {
        actor.RequireCompany(companyId);
        await using var db = await dbFactory.CreateAsync(actor, cancellationToken);
        var details = await ToDetails(db, db.MemberCompanies.Where(c => c.Id == companyId))
            .SingleOrDefaultAsync(cancellationToken);
        return details ?? throw new NotFoundException(Messages.Companies_CompanyDoesNotExist);
    }

    public async Task UpdateProfileAsync(ActingUser actor, Guid companyId, CompanyProfileUpdate update, CancellationToken cancellationToken = default)
    {
        actor.RequireCompany(companyId);
        InputValidation.Validate(update);
        await using var db = await dbFactory.CreateAsync(actor, cancellationToken);
        var company = await db.MemberCompanies.SingleOrDefaultAsync(c => c.Id == companyId, cancellationToken)
            ?? throw new NotFoundException(Messages.Companies_CompanyDoesNotExist);
        if (company.Version != update.Version)
        {
            throw new ConcurrencyConflictException();
        }

        // The database checks the version that was read, so a save racing this one cannot be overwritten.
        db.MemberCompanies.Entry(company).Property(c => c.Version).OriginalValue = update.Version;

        company.Name = update.Name.Trim();
        company.City = update.City.Trim();
        company.Website = string.IsNullOrWhiteSpace(update.Website) ? null : update.Website.Trim();
        company.Description = string.IsNullOrWhiteSpace(update.Description) ? null : update.Description.Trim();
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Curators: companies by status, oldest first (the queue).</summary>
    public async Task<PagedResult<CompanyDetails>> ListAsync(
        ActingUser actor, CompanyStatus? status, string? search, PageRequest page, CancellationToken cancellationToken = default)
    {
        actor.RequireRole(Roles.Curator);
        await using var db = await dbFactory.CreateAsync(actor, cancellationToken);
        var query = db.MemberCompanies.AsNoTracking();
        if (status is { } s)
        {
            query = query.Where(c => c.Status == s);
        }

        if (!string.IsNullOrWhiteSpace(search))
        {
            var term = search.Trim().ToUpperInvariant();
            query = query.Where(c => c.Name.ToUpper().Contains(term) || c.Siren.Contains(term) || c.City.ToUpper().Contains(term));
        }

        var total = await query.CountAsync(cancellationToken);
        var items = await ToDetails(db, query.OrderBy(c => c.CreatedAt).ThenBy(c => c.Name).Skip(page.Skip).Take(page.PageSize))
            .ToListAsync(cancellationToken);
        return new PagedResult<CompanyDetails>(items, total, page);
    }

    public Task ApproveAsync(ActingUser actor, Guid companyId, CancellationToken cancellationToken = default) =>
        DecideAsync(actor, companyId, (company, now) => company.Approve(actor.UserId, now), cancellationToken);

    public Task RejectAsync(ActingUser actor, Guid companyId, string reason, CancellationToken cancellationToken = default) =>
        DecideAsync(actor, companyId, (company, now) => company.Reject(actor.UserId, reason, now), cancellationToken);

    private async Task DecideAsync(ActingUser actor, Guid companyId, Action<MemberCompany, DateTime> decide, CancellationToken cancellationToken)
    {
        actor.RequireRole(Roles.Curator);
        await using var db = await dbFactory.CreateAsync(actor, cancellationToken);
        var company = await db.MemberCompanies.SingleOrDefaultAsync(c => c.Id == companyId, cancellationToken)
            ?? throw new NotFoundException(Messages.Companies_CompanyDoesNotExist);
        decide(company, clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>The one projection of a company with its consultant counts, for the page and the curators' list.</summary>
    private static IQueryable<CompanyDetails> ToDetails(IAppDb db, IQueryable<MemberCompany> companies) =>
        companies.AsNoTracking()
            .Select(c => new CompanyDetails(c.Id, c.Name, c.Siren, c.City, c.Website, c.Description, c.Status,
                c.DecisionReason, c.CreatedAt, c.Version,
                db.Consultants.Count(x => x.CompanyId == c.Id && x.Status != ConsultantStatus.Archived),
                db.Consultants.Count(x => x.CompanyId == c.Id && x.Status == ConsultantStatus.Published)));

    /// <summary>A company member invites a colleague; the link is e-mailed and returned once to the inviter.</summary>
    public async Task<CreatedInvitation> InviteAsync(
        ActingUser actor, string colleagueEmail, Uri siteBase, CancellationToken cancellationToken = default)
    {
        var companyId = actor.RequireOwnCompany();
        await using var db = await dbFactory.CreateAsync(actor, cancellationToken);
        var name = await db.MemberCompanies.Where(c => c.Id == companyId).Select(c => c.Name).SingleAsync(cancellationToken);
        return await ColleagueInvitations.CreateAsync(db, email, clock.GetUtcNow().UtcDateTime, actor, colleagueEmail, name,
            invitation => invitation.CompanyId = companyId, siteBase, cancellationToken);
    }

    public async Task<IReadOnlyList<CompanyInvitationSummary>> ListInvitationsAsync(ActingUser actor, CancellationToken cancellationToken = default)
    {
        var companyId = actor.RequireOwnCompany();
        await using var db = await dbFactory.CreateAsync(actor, cancellationToken);
        return await ColleagueInvitations.ListAsync(db.CompanyInvitations.Where(i => i.CompanyId == companyId), cancellationToken);
    }
}
