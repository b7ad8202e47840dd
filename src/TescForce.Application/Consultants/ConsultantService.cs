using Microsoft.EntityFrameworkCore;
using TescForce.Application.Audit;
using TescForce.Application.Common;
using TescForce.Application.Curation;
using TescForce.Application.Skills;
using TescForce.Application.Common.Persistence;
using TescForce.Domain.Common;
using TescForce.Domain.Companies;
using TescForce.Domain.Consultants;
using TescForce.Domain.Identity;
using TescForce.Domain.Skills;

namespace TescForce.Application.Consultants;

/// <summary>
/// Consultant profiles for their company and for curators. Every method checks that the actor may
/// act on each profile: a company member only ever reaches their own company's consultants.
/// </summary>
public sealed class ConsultantService(IAppDbFactory dbFactory, SkillCatalogue catalogue, TimeProvider clock)
{
    public async Task<PagedResult<ConsultantListItem>> ListAsync(ActingUser actor, ConsultantQuery query, CancellationToken cancellationToken = default)
    {
        var companyId = actor.IsCurator ? query.CompanyId : actor.RequireOwnCompany();
        var now = Now();
        await using var db = await dbFactory.CreateAsync(actor, cancellationToken);
        var consultants = db.Consultants.AsNoTracking();
        if (companyId is { } id)
        {
            consultants = consultants.Where(c => c.CompanyId == id);
        }

        if (!string.IsNullOrWhiteSpace(query.Search))
        {
            var term = query.Search.Trim().ToUpperInvariant();
            consultants = consultants.Where(c => c.FullName.ToUpper().Contains(term) || c.Email.ToUpper().Contains(term)
                || c.Headline.ToUpper().Contains(term) || c.Reference.Contains(term)
                || (c.ExternalReference != null && c.ExternalReference.ToUpper().Contains(term)));
        }

        if (query.SkillId is { } skillId)
        {
            consultants = consultants.Where(c => c.Skills.Any(s => s.SkillTagId == skillId));
        }

        if (query.AvailableBy is { } by)
        {
            consultants = consultants.Where(c => c.AvailableFrom <= by && (c.AvailableUntil == null || c.AvailableUntil >= by));
        }

        consultants = query.Status is { } status
            ? consultants.Where(c => c.Status == status)
            : consultants.Where(c => c.Status != ConsultantStatus.Archived);
        consultants = FilterFreshness(consultants, query.Freshness, now);

        var total = await consultants.CountAsync(cancellationToken);
        var rows = await Sort(consultants, query.Sort, query.Descending)
            .Skip(query.Page.Skip).Take(query.Page.PageSize)
            .Select(c => new
            {
                c.Id, c.CompanyId, CompanyName = db.MemberCompanies.Where(m => m.Id == c.CompanyId).Select(m => m.Name).First(),
                c.Reference, c.ExternalReference, c.FullName, c.Headline, c.SeniorityYears, c.Status, c.AvailableFrom,
                c.CapacityPercent, c.DailyRateEur, c.AvailabilityConfirmedAt, c.UpdatedAt, SkillCount = c.Skills.Count,
            })
            .ToListAsync(cancellationToken);
        var items = rows.Select(r => new ConsultantListItem(r.Id, r.CompanyId, r.CompanyName, r.Reference, r.ExternalReference,
                r.FullName, r.Headline, r.SeniorityYears, r.Status, r.AvailableFrom, r.CapacityPercent, r.DailyRateEur,
                r.AvailabilityConfirmedAt, AvailabilityFreshness.StateOf(r.AvailabilityConfirmedAt, now), r.UpdatedAt, r.SkillCount))
            .ToList();
        return new PagedResult<ConsultantListItem>(items, total, query.Page);
    }

    public async Task<ConsultantDetails> GetAsync(ActingUser actor, Guid id, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateAsync(actor, cancellationToken);
        var consultant = await LoadAsync(db, actor, id, tracked: false, cancellationToken);
        var companyName = await db.MemberCompanies.Where(m => m.Id == consultant.CompanyId).Select(m => m.Name).SingleAsync(cancellationToken);
        if (actor.IsCurator)
        {
            // A curator opening someone's name and e-mail is itself recorded, once per view (ADR 0008).
            db.AuditEntries.Add(AuditLogService.IdentityViewed(actor, consultant.Id, consultant.Reference, Now()));
            await db.SaveChangesAsync(cancellationToken);
        }

        return ToDetails(consultant, companyName, Now());
    }

    public async Task<Guid> CreateAsync(ActingUser actor, ConsultantInput input, CancellationToken cancellationToken = default)
    {
        var companyId = actor.RequireOwnCompany();
        await using var db = await dbFactory.CreateAsync(actor, cancellationToken);
        await ValidateAsync(db, input, companyId, null, cancellationToken);
        var now = Now();
        var consultant = new Consultant
        {
            CompanyId = companyId, Reference = await NewReferenceAsync(db, cancellationToken), FullName = "", Email = "",
            Headline = "", City = "", CreatedAt = now, UpdatedAt = now, AvailabilityConfirmedAt = now, LastActiveContactAt = now,
        };
        ConsultantMapper.Apply(input, consultant);
        db.Consultants.Add(consultant);
        await db.SaveChangesAsync(cancellationToken);
        return consultant.Id;
    }

    public async Task UpdateAsync(ActingUser actor, Guid id, ConsultantInput input, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateAsync(actor, cancellationToken);
        var consultant = await LoadAsync(db, actor, id, tracked: true, cancellationToken);
        if (consultant.Status == ConsultantStatus.Archived)
        {
            throw new DomainException("consultant.archived", Messages.Consultants_ArchivedProfileCannotEdited);
        }

        if (consultant.Version != input.Version)
        {
            throw new ConcurrencyConflictException();
        }

        await ValidateAsync(db, input, consultant.CompanyId, consultant.Id, cancellationToken);
        // The database checks the version that was read, so a save racing this one cannot be overwritten.
        db.Consultants.Entry(consultant).Property(c => c.Version).OriginalValue = input.Version;
        ConsultantMapper.Apply(input, consultant);
        consultant.UpdatedAt = Now();
        consultant.RecordActiveContact(consultant.UpdatedAt);
        await db.SaveChangesAsync(cancellationToken);
    }

    public async Task RecordConsentAsync(ActingUser actor, Guid id, DateOnly obtainedOn, string method, CancellationToken cancellationToken = default)
    {
        InputValidation.ThrowIfAny(ConsultantInputValidator.ValidateConsent(obtainedOn, method, DateOnly.FromDateTime(Now())));

        await using var db = await dbFactory.CreateAsync(actor, cancellationToken);
        var consultant = await LoadAsync(db, actor, id, tracked: true, cancellationToken);
        consultant.RecordConsent(obtainedOn.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc), method);
        consultant.UpdatedAt = Now();
        consultant.RecordActiveContact(consultant.UpdatedAt);
        await db.SaveChangesAsync(cancellationToken);
    }

    public Task<BulkResult> SubmitAsync(ActingUser actor, IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken = default) =>
        BulkAsync(actor, ids, (c, _) => c.Submit(), cancellationToken);

    public Task<BulkResult> ConfirmAvailabilityAsync(ActingUser actor, IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken = default) =>
        BulkAsync(actor, ids, (c, now) => c.ConfirmAvailability(now), cancellationToken);

    public Task<BulkResult> ArchiveAsync(ActingUser actor, IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken = default) =>
        BulkAsync(actor, ids, (c, _) => c.Archive(), cancellationToken);

    /// <summary>Submits one profile for review: not found (404) if it is not the actor's company's, a rule of the domain (409) if it cannot be.</summary>
    public Task SubmitAsync(ActingUser actor, Guid id, CancellationToken cancellationToken = default) =>
        ActOnOneAsync(actor, id, (c, _) => c.Submit(), cancellationToken);

    /// <summary>
    /// The company confirms the person is still in touch and still agrees to be on the platform: the retention clock starts
    /// again and a pending anonymisation notice is withdrawn (ADR 0018). Archived profiles too; anonymised ones no longer.
    /// </summary>
    public Task ConfirmStillCurrentAsync(ActingUser actor, Guid id, CancellationToken cancellationToken = default) =>
        ActOnOneAsync(actor, id, (c, now) => c.RecordActiveContact(now), cancellationToken);

    /// <summary>Archives one profile: not found (404) if it is not the actor's company's, a rule of the domain (409) if it already is.</summary>
    public Task ArchiveAsync(ActingUser actor, Guid id, CancellationToken cancellationToken = default) =>
        ActOnOneAsync(actor, id, (c, _) => c.Archive(), cancellationToken);

    /// <summary>
    /// Creates or updates the company's profile with this external reference (the key of the company's own tools).
    /// An update checks <paramref name="expectedVersion"/> when given, otherwise the version just read (the sync tool is
    /// the source of truth), so a change racing this one is still refused rather than overwritten.
    /// </summary>
    public async Task<UpsertResult> UpsertByExternalReferenceAsync(ActingUser actor, string externalReference, ConsultantInput input,
        int? expectedVersion, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var companyId = actor.RequireOwnCompany();
        var reference = externalReference?.Trim() ?? "";
        if (reference.Length is 0 or > MaxExternalReferenceLength)
        {
            throw new ValidationFailedException(nameof(input.ExternalReference), Messages.Format(Messages.Consultants_ExternalReferenceCharacters, MaxExternalReferenceLength));
        }

        input.ExternalReference = reference;
        for (var attempt = 0; ; attempt++)
        {
            var existing = await FindByExternalReferenceAsync(companyId, reference, cancellationToken);
            if (existing is null)
            {
                try
                {
                    return new UpsertResult(await CreateAsync(actor, input, cancellationToken), Created: true);
                }
                catch (DbUpdateException) when (attempt == 0)
                {
                    // Another call created the same reference meanwhile (the index is unique per company): update it instead.
                    continue;
                }
            }

            input.Version = expectedVersion ?? existing.Value.Version;
            await UpdateAsync(actor, existing.Value.Id, input, cancellationToken);
            return new UpsertResult(existing.Value.Id, Created: false);
        }
    }

    public const int MaxExternalReferenceLength = 100;

    /// <summary>The most items of one <see cref="UpdateAvailabilityAsync"/>.</summary>
    public const int MaxAvailabilityItems = 2000;

    /// <summary>
    /// Sets the availability of many of the company's profiles at once, all or nothing: every item is checked first
    /// (errors keyed <c>Items[i].Field</c>), and the profiles are saved together in one transaction only if all pass.
    /// </summary>
    public async Task<AvailabilityUpdateResult> UpdateAvailabilityAsync(ActingUser actor, IReadOnlyList<AvailabilityUpdate> items,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(items);
        var companyId = actor.RequireOwnCompany();
        if (items.Count is 0 or > MaxAvailabilityItems)
        {
            throw new ValidationFailedException("Items", Messages.Format(Messages.Consultants_SendN0Items, MaxAvailabilityItems));
        }

        var errors = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        for (var i = 0; i < items.Count; i++)
        {
            ValidateAvailability(items[i], $"Items[{i}].", errors);
        }

        await using var db = await dbFactory.CreateAsync(actor, cancellationToken);
        var ids = items.Where(i => i.Id is not null).Select(i => i.Id!.Value).Distinct().ToList();
        var references = items.Where(i => i.Id is null && !string.IsNullOrWhiteSpace(i.ExternalReference))
            .Select(i => i.ExternalReference!.Trim()).Distinct(StringComparer.Ordinal).ToList();
        // Only the company's own profiles are read: another company's id is "not found", like one that does not exist.
        var consultants = await db.Consultants
            .Where(c => c.CompanyId == companyId && (ids.Contains(c.Id) || (c.ExternalReference != null && references.Contains(c.ExternalReference))))
            .ToListAsync(cancellationToken);
        var byId = consultants.ToDictionary(c => c.Id);
        var byReference = consultants.Where(c => c.ExternalReference is not null).ToDictionary(c => c.ExternalReference!, StringComparer.Ordinal);

        var resolved = new Consultant?[items.Count];
        var seen = new HashSet<Guid>();
        for (var i = 0; i < items.Count; i++)
        {
            var item = items[i];
            if (item.Id is null == string.IsNullOrWhiteSpace(item.ExternalReference))
            {
                continue;
            }

            var (field, consultant) = item.Id is { } id
                ? ("Id", byId.GetValueOrDefault(id))
                : ("ExternalReference", byReference.GetValueOrDefault(item.ExternalReference!.Trim()));
            var key = $"Items[{i}].{field}";
            if (consultant is null)
            {
                InputValidation.Add(errors, key, field == "Id" ? Messages.Consultants_NoConsultantWithId : Messages.Consultants_NoConsultantWithReference);
            }
            else if (!seen.Add(consultant.Id))
            {
                InputValidation.Add(errors, key, Messages.Consultants_ConsultantAlreadyEarlierItem);
            }
            else if (consultant.Status == ConsultantStatus.Archived)
            {
                InputValidation.Add(errors, key, Messages.Consultants_ConsultantProfileArchivedAvailability);
            }
            else
            {
                resolved[i] = consultant;
            }
        }

        InputValidation.ThrowIfAny(errors);
        var now = Now();
        for (var i = 0; i < items.Count; i++)
        {
            var item = items[i];
            var consultant = resolved[i]!;
            consultant.AvailableFrom = item.AvailableFrom!.Value;
            consultant.AvailableUntil = item.AvailableUntil;
            consultant.CapacityPercent = item.CapacityPercent ?? consultant.CapacityPercent;
            if (item.ConfirmAvailability)
            {
                consultant.ConfirmAvailability(now);
            }

            consultant.UpdatedAt = now;
            consultant.RecordActiveContact(now);
        }

        // One SaveChanges is one transaction: every profile is saved, or none (a concurrent change of one refuses them all).
        await db.SaveChangesAsync(cancellationToken);
        return new AvailabilityUpdateResult(items.Count,
            [.. resolved.Select(c => new UpdatedAvailability(c!.Id, c.ExternalReference, c.Version))]);
    }

    public async Task PublishAsync(ActingUser actor, Guid id, CancellationToken cancellationToken = default)
    {
        actor.RequireRole(Roles.Curator);
        await using var db = await dbFactory.CreateAsync(actor, cancellationToken);
        var consultant = await LoadAsync(db, actor, id, tracked: true, cancellationToken);
        var companyStatus = await db.MemberCompanies.Where(m => m.Id == consultant.CompanyId).Select(m => m.Status).SingleAsync(cancellationToken);
        var now = Now();
        consultant.Publish(companyStatus == CompanyStatus.Approved, now);
        consultant.ReviewedVersion = ReviewedVersions.Of(ConsultantMapper.ToInput(consultant));
        consultant.UpdatedAt = now;
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Curators: publishes many submitted profiles at once (an imported batch, for example).</summary>
    public async Task<BulkResult> PublishManyAsync(ActingUser actor, IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken = default)
    {
        actor.RequireRole(Roles.Curator);
        await using var db = await dbFactory.CreateAsync(actor, cancellationToken);
        var approved = (await db.MemberCompanies.Where(m => m.Status == CompanyStatus.Approved).Select(m => m.Id).ToListAsync(cancellationToken)).ToHashSet();
        return await BulkAsync(actor, ids, (c, now) =>
        {
            c.Publish(approved.Contains(c.CompanyId), now);
            c.ReviewedVersion = ReviewedVersions.Of(ConsultantMapper.ToInput(c));
        }, cancellationToken);
    }

    public async Task RejectAsync(ActingUser actor, Guid id, string reason, CancellationToken cancellationToken = default)
    {
        actor.RequireRole(Roles.Curator);
        await using var db = await dbFactory.CreateAsync(actor, cancellationToken);
        var consultant = await LoadAsync(db, actor, id, tracked: true, cancellationToken);
        consultant.Reject(reason);
        consultant.ReviewedVersion = ReviewedVersions.Of(ConsultantMapper.ToInput(consultant));
        consultant.UpdatedAt = Now();
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Curators: what changed in a re-submitted profile since they last published or refused it; null when they never decided on it.</summary>
    public async Task<ReviewChanges?> ChangesSinceReviewAsync(ActingUser actor, Guid id, string language, CancellationToken cancellationToken = default)
    {
        actor.RequireRole(Roles.Curator);
        await using var db = await dbFactory.CreateAsync(cancellationToken);
        var consultant = await LoadAsync(db, actor, id, tracked: false, cancellationToken);
        return await ReviewChangesOf.ComputeAsync(consultant.ReviewedVersion, ReviewedVersions.Of(ConsultantMapper.ToInput(consultant)), catalogue, language,
            cancellationToken);
    }

    /// <summary>How many profiles of the company are stale or about to be, for the company's warning.</summary>
    public async Task<(int Stale, int StaleSoon)> CountFreshnessAsync(ActingUser actor, CancellationToken cancellationToken = default)
    {
        var companyId = actor.RequireOwnCompany();
        var now = Now();
        await using var db = await dbFactory.CreateAsync(actor, cancellationToken);
        var active = db.Consultants.Where(c => c.CompanyId == companyId && c.Status != ConsultantStatus.Archived);
        var stale = await FilterFreshness(active, FreshnessState.Stale, now).CountAsync(cancellationToken);
        var soon = await FilterFreshness(active, FreshnessState.StaleSoon, now).CountAsync(cancellationToken);
        return (stale, soon);
    }

    private async Task<BulkResult> BulkAsync(ActingUser actor, IReadOnlyCollection<Guid> ids, Action<Consultant, DateTime> action, CancellationToken cancellationToken)
    {
        if (ids.Count > 1000)
        {
            throw new ValidationFailedException("Ids", Messages.Consultants_Most000ProfilesTime);
        }

        await using var db = await dbFactory.CreateAsync(actor, cancellationToken);
        var wanted = ids.Distinct().ToList();
        var consultants = await db.Consultants.Include(c => c.Skills).Where(c => wanted.Contains(c.Id)).ToListAsync(cancellationToken);
        var failures = new List<BulkFailure>();
        var now = Now();
        var succeeded = 0;
        foreach (var consultant in consultants)
        {
            if (!actor.CanManageCompany(consultant.CompanyId))
            {
                throw new ForbiddenAccessException(Messages.Consultants_OnlyActOwnCompany);
            }

            try
            {
                action(consultant, now);
                consultant.UpdatedAt = now;
                succeeded++;
            }
            catch (DomainException ex)
            {
                failures.Add(new BulkFailure(consultant.Id, consultant.Reference, ex.Message));
            }
        }

        if (consultants.Count < wanted.Count)
        {
            throw new NotFoundException(Messages.Consultants_SomeTheseProfilesDo);
        }

        await db.SaveChangesAsync(cancellationToken);
        return new BulkResult(succeeded, failures);
    }

    private async Task ActOnOneAsync(ActingUser actor, Guid id, Action<Consultant, DateTime> action, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateAsync(actor, cancellationToken);
        var consultant = await LoadAsync(db, actor, id, tracked: true, cancellationToken);
        var now = Now();
        action(consultant, now);
        consultant.UpdatedAt = now;
        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task<(Guid Id, int Version)?> FindByExternalReferenceAsync(Guid companyId, string reference, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateAsync(cancellationToken);
        var found = await db.Consultants.AsNoTracking().Where(c => c.CompanyId == companyId && c.ExternalReference == reference)
            .Select(c => new { c.Id, c.Version }).SingleOrDefaultAsync(cancellationToken);
        return found is null ? null : (found.Id, found.Version);
    }

    private static void ValidateAvailability(AvailabilityUpdate item, string prefix, Dictionary<string, List<string>> errors)
    {
        if (item.Id is null == string.IsNullOrWhiteSpace(item.ExternalReference))
        {
            InputValidation.Add(errors, prefix + "Id", Messages.Consultants_GiveConsultantIdTheir);
        }

        if (item.AvailableFrom is null)
        {
            InputValidation.Add(errors, prefix + nameof(item.AvailableFrom), Messages.Consultants_StartAvailabilityRequired);
        }
        else if (item.AvailableUntil is { } until && until < item.AvailableFrom)
        {
            InputValidation.Add(errors, prefix + nameof(item.AvailableUntil), Messages.Consultants_EndAvailabilityComesBefore);
        }

        if (item.CapacityPercent is < 10 or > 100)
        {
            InputValidation.Add(errors, prefix + nameof(item.CapacityPercent), Messages.Consultants_CapacityBetween10100);
        }
    }

    private static async Task<Consultant> LoadAsync(IAppDb db, ActingUser actor, Guid id, bool tracked, CancellationToken cancellationToken)
    {
        var query = db.Consultants.Include(c => c.Skills).Include(c => c.Languages).AsSplitQuery();
        var consultant = await (tracked ? query : query.AsNoTracking()).SingleOrDefaultAsync(c => c.Id == id, cancellationToken);
        // The same answer for "does not exist" and "not yours": no one learns of another company's profiles.
        if (consultant is null || !actor.CanManageCompany(consultant.CompanyId))
        {
            throw new NotFoundException(Messages.Consultants_ConsultantProfileDoesNot);
        }

        return consultant;
    }

    private static async Task ValidateAsync(IAppDb db, ConsultantInput input, Guid companyId, Guid? selfId, CancellationToken cancellationToken)
    {
        var skillIds = input.Skills.Select(s => s.SkillTagId).Distinct().ToList();
        // A skill deprecated since the profile was saved stays on it: only new skills must be active.
        var active = (await db.SkillTags.Where(s => skillIds.Contains(s.Id) && (s.Status == SkillStatus.Active
                || (s.Status == SkillStatus.Deprecated && selfId != null && db.ConsultantSkills.Any(k => k.ConsultantId == selfId && k.SkillTagId == s.Id))))
            .Select(s => s.Id).ToListAsync(cancellationToken)).ToHashSet();
        var errors = ConsultantInputValidator.Validate(input, active);
        if (!string.IsNullOrWhiteSpace(input.ExternalReference))
        {
            var external = input.ExternalReference.Trim();
            if (await db.Consultants.AnyAsync(c => c.CompanyId == companyId && c.ExternalReference == external && c.Id != selfId, cancellationToken))
            {
                InputValidation.Add(errors, nameof(input.ExternalReference), Messages.Consultants_AnotherConsultantCompanyAlready);
            }
        }

        InputValidation.ThrowIfAny(errors);
    }

    private static async Task<string> NewReferenceAsync(IAppDb db, CancellationToken cancellationToken)
    {
        while (true)
        {
            var reference = ConsultantReference.New();
            if (!await db.Consultants.AnyAsync(c => c.Reference == reference, cancellationToken))
            {
                return reference;
            }
        }
    }

    internal static IQueryable<Consultant> FilterFreshness(IQueryable<Consultant> consultants, FreshnessState? freshness, DateTime now)
    {
        var staleBefore = AvailabilityFreshness.StaleThreshold(now);
        var warnBefore = staleBefore + AvailabilityFreshness.WarnBefore;
        return freshness switch
        {
            FreshnessState.Stale => consultants.Where(c => c.AvailabilityConfirmedAt <= staleBefore),
            FreshnessState.StaleSoon => consultants.Where(c => c.AvailabilityConfirmedAt > staleBefore && c.AvailabilityConfirmedAt <= warnBefore),
            FreshnessState.Fresh => consultants.Where(c => c.AvailabilityConfirmedAt > warnBefore),
            _ => consultants,
        };
    }

    private static IQueryable<Consultant> Sort(IQueryable<Consultant> consultants, ConsultantSort sort, bool descending) => (sort, descending) switch
    {
        (ConsultantSort.Name, false) => consultants.OrderBy(c => c.FullName).ThenBy(c => c.Id),
        (ConsultantSort.Name, true) => consultants.OrderByDescending(c => c.FullName).ThenBy(c => c.Id),
        (ConsultantSort.Headline, false) => consultants.OrderBy(c => c.Headline).ThenBy(c => c.Id),
        (ConsultantSort.Headline, true) => consultants.OrderByDescending(c => c.Headline).ThenBy(c => c.Id),
        (ConsultantSort.AvailableFrom, false) => consultants.OrderBy(c => c.AvailableFrom).ThenBy(c => c.Id),
        (ConsultantSort.AvailableFrom, true) => consultants.OrderByDescending(c => c.AvailableFrom).ThenBy(c => c.Id),
        (ConsultantSort.DailyRate, false) => consultants.OrderBy(c => c.DailyRateEur).ThenBy(c => c.Id),
        (ConsultantSort.DailyRate, true) => consultants.OrderByDescending(c => c.DailyRateEur).ThenBy(c => c.Id),
        (ConsultantSort.Confirmed, false) => consultants.OrderBy(c => c.AvailabilityConfirmedAt).ThenBy(c => c.Id),
        (ConsultantSort.Confirmed, true) => consultants.OrderByDescending(c => c.AvailabilityConfirmedAt).ThenBy(c => c.Id),
        (_, false) => consultants.OrderByDescending(c => c.UpdatedAt).ThenBy(c => c.Id),
        (_, true) => consultants.OrderBy(c => c.UpdatedAt).ThenBy(c => c.Id),
    };

    private static ConsultantDetails ToDetails(Consultant c, string companyName, DateTime now) => new(
        c.Id, c.CompanyId, companyName, c.Reference, c.Status, c.RejectionReason, c.ConsentRecordedAt, c.ConsentMethod,
        c.AvailabilityConfirmedAt, AvailabilityFreshness.StateOf(c.AvailabilityConfirmedAt, now), c.CreatedAt, c.UpdatedAt,
        c.RetentionNoticeSentAt, ConsultantMapper.ToInput(c));

    private DateTime Now() => clock.GetUtcNow().UtcDateTime;
}
