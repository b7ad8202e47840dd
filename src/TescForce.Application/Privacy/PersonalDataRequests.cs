using Microsoft.EntityFrameworkCore;
using TescForce.Application.Audit;
using TescForce.Application.Common;
using TescForce.Application.Common.Email;
using TescForce.Application.Common.Persistence;
using TescForce.Domain.Audit;
using TescForce.Domain.Consultants;
using TescForce.Domain.Identity;
using TescForce.Domain.Privacy;

namespace TescForce.Application.Privacy;

/// <summary>
/// Personal-data requests (GDPR): anyone submits one through the public form; curators find the consultant record,
/// export it, erase it, and answer (ADR 0011). Every read of a consultant's private identity here is logged.
/// </summary>
public sealed class PersonalDataRequests(IAppDbFactory dbFactory, IEmailSender email, TimeProvider clock)
{
    /// <summary>The public form's actor in the audit log: the requester has no account.</summary>
    private static readonly ActingUser Form = ActingUser.System("personal-data-form");

    private const int MaxCandidates = 20;

    /// <summary>Records a request and acknowledges it by e-mail; nothing is saved when a value is refused.</summary>
    public async Task<Guid> SubmitAsync(PersonalDataRequestInput input, string? culture, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        InputValidation.Validate(input);
        var request = PersonalDataRequest.Receive(input.Kind!.Value, input.Name.Trim(), input.Email.Trim(),
            string.IsNullOrWhiteSpace(input.CompanyName) ? null : input.CompanyName.Trim(), input.Message?.Trim() ?? "",
            Notifications.NotificationEmails.IsFrench(culture) ? "fr" : "en", Now());
        await using (var db = await dbFactory.CreateAsync(Form, cancellationToken))
        {
            db.PersonalDataRequests.Add(request);
            await db.SaveChangesAsync(cancellationToken);
        }

        await email.SendAsync(PersonalDataEmails.Compose(PersonalDataEmailKind.Received, request), cancellationToken);
        return request.Id;
    }

    public async Task<PagedResult<PersonalDataRequestListItem>> ListAsync(ActingUser actor, PersonalDataRequestQuery query, PageRequest page,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(page);
        actor.RequireRole(Roles.Curator);
        var now = Now();
        await using var db = await dbFactory.CreateAsync(cancellationToken);
        var requests = db.PersonalDataRequests.AsNoTracking();
        if (query.Status is { } status)
        {
            requests = requests.Where(r => r.Status == status);
        }

        var total = await requests.CountAsync(cancellationToken);
        var rows = await requests.OrderBy(r => r.ReceivedAt).Skip(page.Skip).Take(page.PageSize).ToListAsync(cancellationToken);
        return new PagedResult<PersonalDataRequestListItem>(
            [.. rows.Select(r => new PersonalDataRequestListItem(r.Id, r.Kind, r.RequesterName, r.RequesterEmail, r.CompanyName, r.Status,
                r.ReceivedAt, r.DueAt, r.IsOverdue(now), r.ConsultantId is not null))],
            total, page);
    }

    /// <summary>The request and its linked consultant; showing the consultant's identity is logged.</summary>
    public async Task<PersonalDataRequestDetails> GetAsync(ActingUser actor, Guid id, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        actor.RequireRole(Roles.Curator);
        await using var db = await dbFactory.CreateAsync(actor, cancellationToken);
        var request = await FindAsync(db, id, tracked: false, cancellationToken);
        ConsultantCandidate? consultant = null;
        if (request.ConsultantId is { } consultantId)
        {
            consultant = (await CandidatesAsync(db, db.Consultants.Where(c => c.Id == consultantId), cancellationToken)).Single();
            LogIdentityViews(db, actor, [consultant]);
            await db.SaveChangesAsync(cancellationToken);
        }

        return new PersonalDataRequestDetails(request.Id, request.Kind, request.RequesterName, request.RequesterEmail, request.CompanyName,
            request.Message, request.Culture, request.Status, request.ReceivedAt, request.DueAt, request.IsOverdue(Now()), request.ErasedAt,
            request.HandledAt, request.Resolution, consultant, request.Version);
    }

    /// <summary>
    /// Consultant records, in every company, whose name or e-mail matches the requester's (or <paramref name="search"/>):
    /// one <see cref="AuditActions.IdentityViewed"/> entry per consultant shown.
    /// </summary>
    public async Task<IReadOnlyList<ConsultantCandidate>> FindCandidatesAsync(ActingUser actor, Guid id, string? search = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        actor.RequireRole(Roles.Curator);
        await using var db = await dbFactory.CreateAsync(actor, cancellationToken);
        var request = await FindAsync(db, id, tracked: false, cancellationToken);
        // SQLite upper-cases ASCII only ("INèS"): comparing with the text as typed and its upper form finds the same rows on both providers.
        IQueryable<Consultant> matches;
        if (string.IsNullOrWhiteSpace(search))
        {
            var (name, nameUpper) = (request.RequesterName, request.RequesterName.ToUpperInvariant());
            var (address, addressUpper) = (request.RequesterEmail, request.RequesterEmail.ToUpperInvariant());
            matches = db.Consultants.Where(c => c.FullName == name || c.FullName.ToUpper() == nameUpper
                                                || c.Email == address || c.Email.ToUpper() == addressUpper);
        }
        else
        {
            var (term, termUpper) = (search.Trim(), search.Trim().ToUpperInvariant());
            matches = db.Consultants.Where(c => c.FullName.Contains(term) || c.FullName.ToUpper().Contains(termUpper)
                                                || c.Email.Contains(term) || c.Email.ToUpper().Contains(termUpper) || c.Reference == termUpper);
        }

        var candidates = await CandidatesAsync(db, matches.OrderBy(c => c.FullName).Take(MaxCandidates), cancellationToken);
        if (candidates.Count > 0)
        {
            LogIdentityViews(db, actor, candidates);
            await db.SaveChangesAsync(cancellationToken);
        }

        return candidates;
    }

    public async Task LinkAsync(ActingUser actor, Guid id, Guid consultantId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        actor.RequireRole(Roles.Curator);
        await using var db = await dbFactory.CreateAsync(actor, cancellationToken);
        var request = await FindAsync(db, id, tracked: true, cancellationToken);
        if (!await db.Consultants.AnyAsync(c => c.Id == consultantId, cancellationToken))
        {
            throw new NotFoundException(Messages.Privacy_ConsultantDoesNotExist);
        }

        request.LinkTo(consultantId);
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>The linked consultant's data as JSON (<see cref="PersonalDataExport"/>); the export is logged as an identity view.</summary>
    public async Task<(string FileName, byte[] Json)> ExportAsync(ActingUser actor, Guid id, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        actor.RequireRole(Roles.Curator);
        await using var db = await dbFactory.CreateAsync(actor, cancellationToken);
        var request = await FindAsync(db, id, tracked: false, cancellationToken);
        var consultantId = request.ConsultantId
            ?? throw new ValidationFailedException("ConsultantId", Messages.Privacy_LinkRequestConsultantBeforeExporting);
        var export = await PersonalDataExporter.GatherAsync(db, consultantId, Now(), cancellationToken);
        db.AuditEntries.Add(AuditLogService.IdentityViewed(actor, consultantId, export.Consultant.Reference + " (personal-data export)", Now()));
        await db.SaveChangesAsync(cancellationToken);
        return ($"tescforce-personal-data-{export.Consultant.Reference}.json", PersonalDataExporter.ToJson(export));
    }

    /// <summary>
    /// Erases the linked consultant's personal data: identity replaced by placeholders, free texts and consent cleared,
    /// profile archived (out of the talent pool and the match index through the change feed), and the erased values
    /// redacted from the audit entries about the consultant and their introductions. Introductions and counts survive.
    /// </summary>
    /// <param name="confirmedForOtherKind">Required to erase for a request that is not an erasure request.</param>
    public async Task EraseAsync(ActingUser actor, Guid id, bool confirmedForOtherKind = false, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        actor.RequireRole(Roles.Curator);
        var now = Now();
        await using var db = await dbFactory.CreateAsync(actor, cancellationToken);
        var request = await FindAsync(db, id, tracked: true, cancellationToken);
        var consultantId = request.MarkErased(confirmedForOtherKind, now);
        var consultant = await db.Consultants.SingleAsync(c => c.Id == consultantId, cancellationToken);
        await ConsultantErasure.EraseAsync(db, consultant, now, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
    }

    public Task CompleteAsync(ActingUser actor, Guid id, string resolution, CancellationToken cancellationToken = default) =>
        CloseAsync(actor, id, (r, now) => r.Complete(actor.UserId, resolution, now), PersonalDataEmailKind.Completed, cancellationToken);

    public Task RefuseAsync(ActingUser actor, Guid id, string reason, CancellationToken cancellationToken = default) =>
        CloseAsync(actor, id, (r, now) => r.Refuse(actor.UserId, reason, now), PersonalDataEmailKind.Refused, cancellationToken);

    private async Task CloseAsync(ActingUser actor, Guid id, Action<PersonalDataRequest, DateTime> close, PersonalDataEmailKind mail,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        actor.RequireRole(Roles.Curator);
        PersonalDataRequest request;
        await using (var db = await dbFactory.CreateAsync(actor, cancellationToken))
        {
            request = await FindAsync(db, id, tracked: true, cancellationToken);
            close(request, Now());
            await db.SaveChangesAsync(cancellationToken);
        }

        await email.SendAsync(PersonalDataEmails.Compose(mail, request), cancellationToken);
    }

    private static async Task<PersonalDataRequest> FindAsync(IAppDb db, Guid id, bool tracked, CancellationToken cancellationToken)
    {
        var requests = tracked ? db.PersonalDataRequests : db.PersonalDataRequests.AsNoTracking();
        return await requests.SingleOrDefaultAsync(r => r.Id == id, cancellationToken)
            ?? throw new NotFoundException(Messages.Privacy_PersonalDataRequestDoes);
    }

    private static async Task<List<ConsultantCandidate>> CandidatesAsync(IAppDb db, IQueryable<Consultant> consultants,
        CancellationToken cancellationToken) =>
        await consultants.AsNoTracking()
            .Select(c => new ConsultantCandidate(c.Id, c.Reference, c.FullName, c.Email,
                db.MemberCompanies.Where(m => m.Id == c.CompanyId).Select(m => m.Name).First(), c.Status))
            .ToListAsync(cancellationToken);

    private void LogIdentityViews(IAppDb db, ActingUser actor, IEnumerable<ConsultantCandidate> shown)
    {
        foreach (var candidate in shown)
        {
            db.AuditEntries.Add(AuditLogService.IdentityViewed(actor, candidate.Id, candidate.Reference, Now()));
        }
    }

    private DateTime Now() => clock.GetUtcNow().UtcDateTime;
}
