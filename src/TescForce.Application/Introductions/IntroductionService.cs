using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using TescForce.Application.ApiKeys;
using TescForce.Application.Common;
using TescForce.Application.Common.Persistence;
using TescForce.Application.Notifications;
using TescForce.Application.TalentPool;
using TescForce.Application.Users;
using TescForce.Domain.Common;
using TescForce.Domain.Consultants;
using TescForce.Domain.Introductions;
using TescForce.Domain.Missions;
using TescForce.Domain.Notifications;

namespace TescForce.Application.Introductions;

/// <summary>
/// Shortlists and introductions. A client member reaches only its organisation's missions and never a
/// consultant's identity before the company accepts; a company member sees only requests for its own
/// consultants. Consultants are named by their public reference until then.
/// </summary>
public sealed class IntroductionService(
    IAppDbFactory dbFactory, IUserDirectory users, IOptions<IntroductionOptions> options, Notifier notifier, TimeProvider clock)
{
    /// <summary>Who the audit log names for expiries and reminders: the hourly job, not a person.</summary>
    private static readonly ActingUser ExpiryJob = ActingUser.System("introduction-expiry");

    public async Task AddToShortlistAsync(ActingUser actor, Guid missionId, string reference, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateAsync(actor, cancellationToken);
        var mission = await OwnMissionAsync(db, actor, missionId, cancellationToken);
        if (mission.Status is MissionStatus.Closed or MissionStatus.Staffed)
        {
            throw new DomainException("mission.closed", Messages.Introductions_MissionClosedShortlistNo);
        }

        var consultantId = await VisibleConsultantAsync(db, reference, cancellationToken);
        if (!await db.ShortlistEntries.AnyAsync(s => s.MissionId == missionId && s.ConsultantId == consultantId, cancellationToken))
        {
            db.ShortlistEntries.Add(new ShortlistEntry { MissionId = missionId, ConsultantId = consultantId, AddedByUserId = actor.UserId, AddedAt = Now() });
            await db.SaveChangesAsync(cancellationToken);
        }
    }

    public async Task RemoveFromShortlistAsync(ActingUser actor, Guid missionId, string reference, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateAsync(actor, cancellationToken);
        await OwnMissionAsync(db, actor, missionId, cancellationToken);
        var normalized = Normalize(reference);
        var entry = await db.ShortlistEntries
            .Where(s => s.MissionId == missionId && db.Consultants.Any(c => c.Id == s.ConsultantId && c.Reference == normalized))
            .SingleOrDefaultAsync(cancellationToken);
        if (entry is not null)
        {
            db.ShortlistEntries.Remove(entry);
            await db.SaveChangesAsync(cancellationToken);
        }
    }

    /// <summary>The mission's shortlist: the cards still visible, and the introduction asked for each.</summary>
    public async Task<IReadOnlyList<ShortlistedConsultant>> ShortlistAsync(ActingUser actor, Guid missionId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateAsync(actor, cancellationToken);
        await OwnMissionAsync(db, actor, missionId, cancellationToken);
        var entries = await db.ShortlistEntries.AsNoTracking().Where(s => s.MissionId == missionId).OrderBy(s => s.AddedAt).ToListAsync(cancellationToken);
        var ids = entries.Select(e => e.ConsultantId).ToList();
        var cards = await TalentPoolService.CardsAsync(db, Now(), ids, cancellationToken);
        var introductions = (await db.Introductions.AsNoTracking().Where(i => i.MissionId == missionId && ids.Contains(i.ConsultantId))
                .Select(i => new { i.ConsultantId, i.Status, i.RequestedAt }).ToListAsync(cancellationToken))
            .GroupBy(i => i.ConsultantId).ToDictionary(g => g.Key, g => g.MaxBy(i => i.RequestedAt)!.Status);
        return [.. entries.Where(e => cards.ContainsKey(e.ConsultantId))
            .Select(e => new ShortlistedConsultant(cards[e.ConsultantId], e.AddedAt, introductions.TryGetValue(e.ConsultantId, out var s) ? s : null))];
    }

    /// <summary>Asks the consultant's company for an introduction; the mission must be open and the client verified.</summary>
    public async Task<Guid> RequestAsync(ActingUser actor, Guid missionId, string reference, string message, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateAsync(actor, cancellationToken);
        var mission = await OwnMissionAsync(db, actor, missionId, cancellationToken);
        var verified = await db.ClientOrganisations.Where(c => c.Id == mission.ClientId).Select(c => c.Status == Domain.Clients.ClientStatus.Verified)
            .SingleAsync(cancellationToken);
        if (!verified)
        {
            throw new DomainException("client.pending", Messages.Introductions_OrganisationNotVerifiedYet);
        }

        if (mission.Status != MissionStatus.Open)
        {
            throw new DomainException("mission.not-open", Messages.Introductions_IntroductionsRequestedOpenMission);
        }

        var consultantId = await VisibleConsultantAsync(db, reference, cancellationToken);
        if (await db.Introductions.AnyAsync(i => i.MissionId == missionId && i.ConsultantId == consultantId
                && (i.Status == IntroductionStatus.Requested || i.Status == IntroductionStatus.Accepted), cancellationToken))
        {
            throw new DomainException("introduction.exists", Messages.Introductions_IntroductionConsultantMissionAlready);
        }

        var companyId = await db.Consultants.Where(c => c.Id == consultantId).Select(c => c.CompanyId).SingleAsync(cancellationToken);
        var introduction = Introduction.Request(missionId, mission.ClientId, consultantId, companyId, actor.UserId, message ?? "", Now(),
            options.Value.AnswerWithin);
        db.Introductions.Add(introduction);
        await notifier.SaveAsync(db, await Notices.ForIntroductionAsync(db, introduction, NotificationKind.IntroductionRequested, cancellationToken),
            cancellationToken);
        return introduction.Id;
    }

    /// <summary>The client's introductions (all missions, or one), identities only where accepted.</summary>
    public async Task<IReadOnlyList<ClientIntroduction>> ForClientAsync(ActingUser actor, Guid? missionId, CancellationToken cancellationToken = default)
    {
        var clientId = actor.RequireOwnClient();
        await using var db = await dbFactory.CreateAsync(actor, cancellationToken);
        var query = db.Introductions.AsNoTracking().Include(i => i.History).Where(i => i.ClientId == clientId);
        if (missionId is { } id)
        {
            query = query.Where(i => i.MissionId == id);
        }

        var introductions = await query.OrderByDescending(i => i.RequestedAt).ToListAsync(cancellationToken);
        var consultantIds = introductions.Select(i => i.ConsultantId).Distinct().ToList();
        var missionIds = introductions.Select(i => i.MissionId).Distinct().ToList();
        var titles = await db.Missions.Where(m => missionIds.Contains(m.Id)).ToDictionaryAsync(m => m.Id, m => m.Title, cancellationToken);
        var consultants = await db.Consultants.AsNoTracking().Where(c => consultantIds.Contains(c.Id))
            .Select(c => new { c.Id, c.Reference, c.FullName, CompanyName = db.MemberCompanies.Where(m => m.Id == c.CompanyId).Select(m => m.Name).First() })
            .ToDictionaryAsync(c => c.Id, cancellationToken);
        var cards = await TalentPoolService.CardsAsync(db, Now(), consultantIds, cancellationToken);

        var result = new List<ClientIntroduction>(introductions.Count);
        foreach (var i in introductions)
        {
            var consultant = consultants[i.ConsultantId];
            RevealedIdentity? identity = null;
            if (i.Status == IntroductionStatus.Accepted)
            {
                var contact = await users.FindContactAsync(await ContactUserIdAsync(db, i.RespondedByUserId!, cancellationToken), cancellationToken);
                identity = new RevealedIdentity(consultant.FullName, consultant.CompanyName, contact?.DisplayName, contact?.Email);
            }

            result.Add(new ClientIntroduction(i.Id, i.MissionId, titles[i.MissionId], cards.GetValueOrDefault(i.ConsultantId), consultant.Reference,
                i.Status, i.Message, i.DeclineReason, i.RequestedAt, i.ExpiresAt, Steps(i), identity));
        }

        return result;
    }

    /// <summary>The company's inbox: requests for its own consultants, pending first, newest first, a page at a time.</summary>
    public async Task<PagedResult<CompanyIntroduction>> InboxAsync(ActingUser actor, IntroductionStatus? status, PageRequest page,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(page);
        var companyId = actor.RequireOwnCompany();
        await using var db = await dbFactory.CreateAsync(actor, cancellationToken);
        var query = db.Introductions.AsNoTracking().Include(i => i.History).Where(i => i.CompanyId == companyId);
        if (status is { } wanted)
        {
            query = query.Where(i => i.Status == wanted);
        }

        var total = await query.CountAsync(cancellationToken);
        var introductions = await query.OrderBy(i => i.Status == IntroductionStatus.Requested ? 0 : 1).ThenByDescending(i => i.RequestedAt).ThenBy(i => i.Id)
            .Skip(page.Skip).Take(page.PageSize).AsSplitQuery().ToListAsync(cancellationToken);
        var consultantIds = introductions.Select(i => i.ConsultantId).Distinct().ToList();
        var missionIds = introductions.Select(i => i.MissionId).Distinct().ToList();
        var consultants = await db.Consultants.AsNoTracking().Where(c => consultantIds.Contains(c.Id))
            .ToDictionaryAsync(c => c.Id, c => new { c.FullName, c.Reference }, cancellationToken);
        var missions = await db.Missions.AsNoTracking().Where(m => missionIds.Contains(m.Id))
            .Select(m => new { m.Id, m.Title, Client = db.ClientOrganisations.Where(c => c.Id == m.ClientId).Select(c => new { c.Name, c.CountryCode }).First() })
            .ToDictionaryAsync(m => m.Id, cancellationToken);
        return new PagedResult<CompanyIntroduction>([.. introductions
            .Select(i => new CompanyIntroduction(i.Id, i.MissionId, i.ConsultantId, consultants[i.ConsultantId].FullName, consultants[i.ConsultantId].Reference,
                missions[i.MissionId].Title, missions[i.MissionId].Client.Name, missions[i.MissionId].Client.CountryCode, i.Status, i.Message,
                i.DeclineReason, i.RequestedAt, i.ExpiresAt, Steps(i)))], total, page);
    }

    public Task AcceptAsync(ActingUser actor, Guid id, CancellationToken cancellationToken = default) =>
        AnswerAsync(actor, id, (introduction, now) => introduction.Accept(actor.UserId, now), NotificationKind.IntroductionAccepted, cancellationToken,
            // The company just spoke with the person about a mission: an active contact for retention (ADR 0018).
            contactedConsultant: true);

    public Task DeclineAsync(ActingUser actor, Guid id, string reason, CancellationToken cancellationToken = default) =>
        AnswerAsync(actor, id, (introduction, now) => introduction.Decline(actor.UserId, reason, now), NotificationKind.IntroductionDeclined,
            cancellationToken);

    /// <summary>Marks the requests left unanswered past their deadline as expired; returns how many (a background job calls it).</summary>
    public async Task<int> ExpireDueAsync(CancellationToken cancellationToken = default)
    {
        var now = Now();
        await using var db = await dbFactory.CreateAsync(ExpiryJob, cancellationToken);
        var due = await db.Introductions.Include(i => i.History)
            .Where(i => i.Status == IntroductionStatus.Requested && i.ExpiresAt <= now).ToListAsync(cancellationToken);
        var expired = due.Where(i => i.ExpireIfDue(now)).ToList();
        await notifier.SaveAsync(db, await NoticesAsync(db, expired, NotificationKind.IntroductionExpired, cancellationToken), cancellationToken);
        return expired.Count;
    }

    /// <summary>
    /// Reminds the companies of the requests still unanswered a day before their deadline, once each; returns how
    /// many (the same background job calls it).
    /// </summary>
    public async Task<int> RemindDueAsync(CancellationToken cancellationToken = default)
    {
        var now = Now();
        var from = now + Introduction.ReminderLead;
        await using var db = await dbFactory.CreateAsync(ExpiryJob, cancellationToken);
        var due = await db.Introductions
            .Where(i => i.Status == IntroductionStatus.Requested && i.ReminderSentAt == null && i.ExpiresAt > now && i.ExpiresAt <= from)
            .ToListAsync(cancellationToken);
        var reminded = due.Where(i => i.RemindIfDue(now)).ToList();
        await notifier.SaveAsync(db, await NoticesAsync(db, reminded, NotificationKind.IntroductionExpiring, cancellationToken), cancellationToken);
        return reminded.Count;
    }

    private static async Task<IReadOnlyCollection<Notice>> NoticesAsync(IAppDb db, IEnumerable<Introduction> introductions, NotificationKind kind,
        CancellationToken cancellationToken)
    {
        var notices = new List<Notice>();
        foreach (var introduction in introductions)
        {
            notices.Add(await Notices.ForIntroductionAsync(db, introduction, kind, cancellationToken));
        }

        return notices;
    }

    private async Task AnswerAsync(ActingUser actor, Guid id, Action<Introduction, DateTime> answer, NotificationKind kind,
        CancellationToken cancellationToken, bool contactedConsultant = false)
    {
        var companyId = actor.RequireOwnCompany();
        await using var db = await dbFactory.CreateAsync(actor, cancellationToken);
        var introduction = await db.Introductions.Include(i => i.History).SingleOrDefaultAsync(i => i.Id == id, cancellationToken);
        if (introduction is null || introduction.CompanyId != companyId)
        {
            throw new NotFoundException(Messages.Introductions_RequestDoesNotExist);
        }

        var now = Now();
        answer(introduction, now);
        if (contactedConsultant
            && await db.Consultants.SingleOrDefaultAsync(c => c.Id == introduction.ConsultantId && c.ErasedAt == null, cancellationToken) is { } consultant)
        {
            consultant.RecordActiveContact(now);
        }

        await notifier.SaveAsync(db, await Notices.ForIntroductionAsync(db, introduction, kind, cancellationToken), cancellationToken);
    }

    /// <summary>
    /// The member to contact about an accepted request: the one who accepted it, or, when a company's system accepted it with an API key,
    /// the member who created that key for the company.
    /// </summary>
    private static async Task<string> ContactUserIdAsync(IAppDb db, string respondedBy, CancellationToken cancellationToken)
    {
        if (!respondedBy.StartsWith(ApiKeyService.ActorPrefix, StringComparison.Ordinal)
            || !Guid.TryParseExact(respondedBy[ApiKeyService.ActorPrefix.Length..], "N", out var keyId))
        {
            return respondedBy;
        }

        return await db.ApiKeys.AsNoTracking().Where(k => k.Id == keyId).Select(k => k.CreatedByUserId).SingleOrDefaultAsync(cancellationToken) ?? respondedBy;
    }

    private static IReadOnlyList<IntroductionStep> Steps(Introduction introduction) =>
        [.. introduction.History.OrderBy(e => e.At).ThenBy(e => e.Id).Select(e => new IntroductionStep(e.Status, e.At, e.Note))];

    private static async Task<Mission> OwnMissionAsync(IAppDb db, ActingUser actor, Guid missionId, CancellationToken cancellationToken)
    {
        var clientId = actor.RequireOwnClient();
        return await db.Missions.AsNoTracking().SingleOrDefaultAsync(m => m.Id == missionId && m.ClientId == clientId, cancellationToken)
            ?? throw new NotFoundException(Messages.Shared_MissionDoesNotExist);
    }

    /// <summary>The id of the consultant with this public reference when clients may see the profile; otherwise "not in the pool".</summary>
    private async Task<Guid> VisibleConsultantAsync(IAppDb db, string reference, CancellationToken cancellationToken)
    {
        var normalized = Normalize(reference);
        return await TalentPoolService.Visible(db, Now()).Where(c => c.Reference == normalized).Select(c => (Guid?)c.Id)
                .SingleOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException(Messages.Introductions_NoProfileReferenceTalent);
    }

    private static string Normalize(string reference)
    {
        var normalized = (reference ?? "").Trim().ToUpperInvariant();
        return ConsultantReference.IsWellFormed(normalized)
            ? normalized
            : throw new ValidationFailedException("Reference", Messages.Shared_ProfileReferenceLooksLike);
    }

    private DateTime Now() => clock.GetUtcNow().UtcDateTime;
}
