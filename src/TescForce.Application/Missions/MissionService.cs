using Microsoft.EntityFrameworkCore;
using TescForce.Application.Common;
using TescForce.Application.Curation;
using TescForce.Application.Common.Persistence;
using TescForce.Application.Matching;
using TescForce.Application.Missions.Text;
using TescForce.Application.Notifications;
using TescForce.Application.Skills;
using TescForce.Domain.Clients;
using TescForce.Domain.Common;
using TescForce.Domain.Consultants;
using TescForce.Domain.Identity;
using TescForce.Domain.Missions;
using TescForce.Domain.Skills;
using TescForce.Matching.Queries;

namespace TescForce.Application.Missions;

/// <summary>
/// Missions for their client organisation and for curators. A client member only ever reaches their own
/// organisation's missions ("does not exist" for the others); curators moderate them.
/// </summary>
public sealed class MissionService(IAppDbFactory dbFactory, MatchingService matching, SkillCatalogue catalogue, Notifier notifier, TimeProvider clock)
{
    public async Task<PagedResult<MissionListItem>> ListAsync(ActingUser actor, MissionStatus? status, PageRequest page,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(page);
        var clientId = actor.IsCurator ? (Guid?)null : actor.RequireOwnClient();
        await using var db = await dbFactory.CreateAsync(actor, cancellationToken);
        var missions = db.Missions.AsNoTracking();
        if (clientId is { } id)
        {
            missions = missions.Where(m => m.ClientId == id);
        }

        if (status is { } wanted)
        {
            missions = missions.Where(m => m.Status == wanted);
        }

        var total = await missions.CountAsync(cancellationToken);
        // Flagged missions first: they are the ones a curator must read closely.
        var items = await missions.OrderByDescending(m => m.Flagged).ThenByDescending(m => m.UpdatedAt).ThenBy(m => m.Title)
            .Skip(page.Skip).Take(page.PageSize)
            .Select(m => new MissionListItem(m.Id, m.ClientId, db.ClientOrganisations.Where(c => c.Id == m.ClientId).Select(c => c.Name).First(),
                m.Title, m.Status, m.Flagged, m.FlagDetails, m.StartDate, m.Skills.Count, m.UpdatedAt, m.SubmittedAt))
            .ToListAsync(cancellationToken);
        return new PagedResult<MissionListItem>(items, total, page);
    }

    public async Task<MissionDetails> GetAsync(ActingUser actor, Guid id, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateAsync(actor, cancellationToken);
        var mission = await LoadAsync(db, actor, id, tracked: false, cancellationToken);
        var clientName = await db.ClientOrganisations.Where(c => c.Id == mission.ClientId).Select(c => c.Name).SingleAsync(cancellationToken);
        return new MissionDetails(mission.Id, mission.ClientId, clientName, mission.Status, mission.RejectionReason, mission.Flagged,
            mission.FlagDetails, mission.EndDate, mission.CreatedAt, mission.UpdatedAt, mission.SubmittedAt, mission.OpenedAt,
            MissionMapper.ToInput(mission));
    }

    public async Task<Guid> CreateAsync(ActingUser actor, MissionInput input, CancellationToken cancellationToken = default)
    {
        var clientId = actor.RequireOwnClient();
        await using var db = await dbFactory.CreateAsync(actor, cancellationToken);
        await ValidateAsync(db, input, cancellationToken);
        var now = Now();
        var mission = new Mission { ClientId = clientId, CreatedByUserId = actor.UserId, Title = "", CreatedAt = now, UpdatedAt = now };
        MissionMapper.Apply(input, mission);
        db.Missions.Add(mission);
        await db.SaveChangesAsync(cancellationToken);
        return mission.Id;
    }

    public async Task UpdateAsync(ActingUser actor, Guid id, MissionInput input, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateAsync(actor, cancellationToken);
        var mission = await LoadAsync(db, actor, id, tracked: true, cancellationToken);
        RequireOwner(actor, mission);
        if (!mission.IsEditable)
        {
            throw new DomainException("mission.not-editable", Messages.Missions_OnlyDraftRejectedMissionEdited);
        }

        if (mission.Version != input.Version)
        {
            throw new ConcurrencyConflictException();
        }

        await ValidateAsync(db, input, cancellationToken);
        db.Missions.Entry(mission).Property(m => m.Version).OriginalValue = input.Version;
        MissionMapper.Apply(input, mission);
        mission.Status = MissionStatus.Draft;
        mission.UpdatedAt = Now();
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>
    /// Sends a draft (or rejected) mission to the curators. Its title and description are scanned for
    /// contact details first: a mission that carries some is flagged, so the curator looks closer.
    /// </summary>
    public async Task SubmitAsync(ActingUser actor, Guid id, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateAsync(actor, cancellationToken);
        var mission = await LoadAsync(db, actor, id, tracked: true, cancellationToken);
        RequireOwner(actor, mission);
        var verified = await db.ClientOrganisations.Where(c => c.Id == mission.ClientId).Select(c => c.Status == ClientStatus.Verified)
            .SingleAsync(cancellationToken);
        var findings = ContactDetailScanner.Scan(mission.Title).Concat(ContactDetailScanner.Scan(mission.Description))
            .Select(f => $"{f.Kind}: {f.Match}").Distinct().ToList();
        var now = Now();
        mission.Submit(verified, findings, now);
        mission.UpdatedAt = now;
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>The catalogue skills named in a pasted job description (French or English), for the client to keep or drop.</summary>
    public Task<IReadOnlyList<SkillProposal>> ProposeSkillsAsync(ActingUser actor, string text, string language, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        actor.RequireAnyRole(Roles.ClientMember, Roles.Curator);
        if ((text ?? "").Length > MaxPastedText)
        {
            throw new ValidationFailedException("Text", Messages.Missions_PasteMost20000);
        }

        return catalogue.ProposeFromTextAsync(text ?? "", language, cancellationToken: cancellationToken);
    }

    public Task ApproveAsync(ActingUser actor, Guid id, CancellationToken cancellationToken = default) =>
        ModerateAsync(actor, id, (mission, now) => mission.Approve(actor.UserId, now), Notices.MissionApproved, cancellationToken);

    public Task RejectAsync(ActingUser actor, Guid id, string reason, CancellationToken cancellationToken = default) =>
        ModerateAsync(actor, id, (mission, _) => mission.Reject(actor.UserId, reason), Notices.MissionRejected, cancellationToken);

    /// <summary>Curators: what changed in a re-submitted mission since they last opened or sent it back; null when they never decided on it.</summary>
    public async Task<ReviewChanges?> ChangesSinceReviewAsync(ActingUser actor, Guid id, string language, CancellationToken cancellationToken = default)
    {
        actor.RequireRole(Roles.Curator);
        await using var db = await dbFactory.CreateAsync(cancellationToken);
        var mission = await LoadAsync(db, actor, id, tracked: false, cancellationToken);
        return await ReviewChangesOf.ComputeAsync(mission.ReviewedVersion, ReviewedVersions.Of(MissionMapper.ToInput(mission)), catalogue, language,
            cancellationToken);
    }

    public Task CloseAsync(ActingUser actor, Guid id, CancellationToken cancellationToken = default) =>
        ChangeAsync(actor, id, (mission, now) => mission.Close(now), cancellationToken);

    public Task MarkStaffedAsync(ActingUser actor, Guid id, CancellationToken cancellationToken = default) =>
        ChangeAsync(actor, id, (mission, now) => mission.MarkStaffed(now), cancellationToken);

    /// <summary>The ranked, explained consultants for one of the actor's missions (any state: a draft previews its matches).</summary>
    public async Task<MatchPage> MatchesAsync(ActingUser actor, Guid id, MatchRelaxation relaxation, PageRequest page, string language,
        CancellationToken cancellationToken = default)
    {
        var criteria = await CriteriaAsync(actor, id, cancellationToken);
        return await matching.RankAsync(actor, criteria, relaxation, page, language, cancellationToken);
    }

    /// <summary>
    /// The ranked, explained consultants for a mission that is not saved (the API's preview): the input is checked as a mission
    /// to create would be, its errors named by the input's fields, and nothing is written.
    /// </summary>
    public async Task<MatchPage> PreviewMatchesAsync(ActingUser actor, MissionInput input, MatchRelaxation relaxation, PageRequest page, string language,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        actor.RequireAnyRole(Roles.ClientMember, Roles.Curator);
        await using (var db = await dbFactory.CreateAsync(actor, cancellationToken))
        {
            await ValidateAsync(db, input, cancellationToken);
        }

        return await matching.RankAsync(actor, MissionMapper.ToCriteria(input), relaxation, page, language, cancellationToken);
    }

    /// <summary>Why the profile with this reference is not in the mission's list (or where it is).</summary>
    public async Task<ConsultantMatchAnswer> WhyNotAsync(ActingUser actor, Guid id, MatchRelaxation relaxation, string reference, string language,
        CancellationToken cancellationToken = default)
    {
        var criteria = await CriteriaAsync(actor, id, cancellationToken);
        return await matching.WhyNotAsync(actor, criteria, relaxation, reference, language, cancellationToken);
    }

    private async Task<MissionCriteria> CriteriaAsync(ActingUser actor, Guid id, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateAsync(actor, cancellationToken);
        var mission = await LoadAsync(db, actor, id, tracked: false, cancellationToken);
        return MissionMapper.ToCriteria(MissionMapper.ToInput(mission)) with { Saved = true };
    }

    /// <summary>A curator's decision, which the client's members are told of.</summary>
    private async Task ModerateAsync(ActingUser actor, Guid id, Action<Mission, DateTime> decide, Func<Mission, Notice> notice,
        CancellationToken cancellationToken)
    {
        actor.RequireRole(Roles.Curator);
        await ChangeAsync(actor, id, (mission, now) =>
        {
            decide(mission, now);
            mission.ReviewedVersion = ReviewedVersions.Of(MissionMapper.ToInput(mission));
        }, cancellationToken, notice);
    }

    private async Task ChangeAsync(ActingUser actor, Guid id, Action<Mission, DateTime> change, CancellationToken cancellationToken,
        Func<Mission, Notice>? notice = null)
    {
        await using var db = await dbFactory.CreateAsync(actor, cancellationToken);
        var mission = await LoadAsync(db, actor, id, tracked: true, cancellationToken);
        var now = Now();
        change(mission, now);
        mission.UpdatedAt = now;
        await notifier.SaveAsync(db, notice?.Invoke(mission), cancellationToken);
    }

    private static void RequireOwner(ActingUser actor, Mission mission)
    {
        if (actor.ClientId != mission.ClientId)
        {
            throw new ForbiddenAccessException(Messages.Missions_OnlyClientOwnMembers);
        }
    }

    private static async Task<Mission> LoadAsync(IAppDb db, ActingUser actor, Guid id, bool tracked, CancellationToken cancellationToken)
    {
        var query = db.Missions.Include(m => m.Skills).Include(m => m.Languages).AsSplitQuery();
        var mission = await (tracked ? query : query.AsNoTracking()).SingleOrDefaultAsync(m => m.Id == id, cancellationToken);
        // The same answer for "does not exist" and "not yours": no client learns of another's missions.
        if (mission is null || !actor.CanManageClient(mission.ClientId))
        {
            throw new NotFoundException(Messages.Shared_MissionDoesNotExist);
        }

        return mission;
    }

    private async Task ValidateAsync(IAppDb db, MissionInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var errors = InputValidation.Collect(input);
        var requested = input.Skills.Select(s => s.SkillTagId).Distinct().ToList();
        var active = (await db.SkillTags.AsNoTracking().Where(s => requested.Contains(s.Id) && s.Status == SkillStatus.Active)
            .Select(s => s.Id).ToListAsync(cancellationToken)).ToHashSet();
        foreach (var (field, messages) in MissionCriteriaValidator.Validate(MissionMapper.ToCriteria(input), active))
        {
            var name = field switch
            {
                nameof(MissionCriteria.Start) => nameof(MissionInput.StartDate),
                nameof(MissionCriteria.End) => nameof(MissionInput.DurationWeeks),
                nameof(MissionCriteria.ClientTimeZone) => nameof(MissionInput.TimeZone),
                _ => field,
            };
            foreach (var message in messages.Where(m => !errors.GetValueOrDefault(name, []).Contains(m)))
            {
                InputValidation.Add(errors, name, message);
            }
        }

        if (input.StartDate != default && input.StartDate < DateOnly.FromDateTime(Now()))
        {
            InputValidation.Add(errors, nameof(input.StartDate), Messages.Missions_MissionCannotStartPast);
        }

        if (input.Sector is { Length: > 0 } sector && !Sectors.IsKnown(sector))
        {
            InputValidation.Add(errors, nameof(input.Sector), Messages.Format(Messages.Shared_UnknownSector, sector));
        }

        InputValidation.ThrowIfAny(errors);
    }

    private DateTime Now() => clock.GetUtcNow().UtcDateTime;

    private const int MaxPastedText = 20_000;
}
