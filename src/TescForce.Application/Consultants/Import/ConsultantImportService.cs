using Microsoft.EntityFrameworkCore;
using TescForce.Application.Common;
using TescForce.Application.Common.Persistence;
using TescForce.Application.Skills;
using TescForce.Domain.Consultants;
using TescForce.Domain.Skills;

namespace TescForce.Application.Consultants.Import;

/// <summary>
/// Imports a company's consultants from a CSV file: a dry run reports what would happen, row by row;
/// the import does it in one transaction. The external reference is the key: a row whose reference a
/// profile of the company already has updates it, any other row creates a draft. The whole file is
/// parsed, resolved and validated in memory, then written in batches.
/// </summary>
public sealed class ConsultantImportService(IAppDbFactory dbFactory, SkillCatalogue catalogue, TimeProvider clock)
{
    /// <summary>New profiles written per SaveChanges; the change tracker is emptied between batches to keep them cheap.</summary>
    public const int BatchSize = 500;

    public Task<ConsultantImportReport> DryRunAsync(ActingUser actor, Stream content, ConsultantImportOptions options, CancellationToken cancellationToken = default) =>
        RunAsync(actor, content, options, commit: false, progress: null, cancellationToken);

    /// <summary>
    /// Checks the file again against the current data, then writes the valid rows (none at all when
    /// <see cref="ConsultantImportOptions.AllOrNothing"/> is set and a row is invalid) in one transaction.
    /// </summary>
    /// <param name="progress">Receives the percentage done, 0 to 100.</param>
    public Task<ConsultantImportReport> ImportAsync(ActingUser actor, Stream content, ConsultantImportOptions options,
        IProgress<int>? progress = null, CancellationToken cancellationToken = default) =>
        RunAsync(actor, content, options, commit: true, progress, cancellationToken);

    private async Task<ConsultantImportReport> RunAsync(ActingUser actor, Stream content, ConsultantImportOptions options, bool commit,
        IProgress<int>? progress, CancellationToken cancellationToken)
    {
        var companyId = actor.RequireOwnCompany();
        var bytes = await ConsultantCsvParser.ReadLimitedAsync(content, cancellationToken);
        if (bytes is null)
        {
            return ConsultantImportReport.Refused([ConsultantCsvParser.TooLarge()]);
        }

        var resolver = await catalogue.CreateResolverAsync(options.Language == "fr" ? "fr" : "en", cancellationToken);
        var parsed = ConsultantCsvParser.Parse(bytes, resolver);
        if (parsed.FileErrors.Count > 0)
        {
            return ConsultantImportReport.Refused(parsed.FileErrors, parsed.Warnings, parsed.Delimiter, parsed.Rows.Count);
        }

        progress?.Report(5);
        await using var db = await dbFactory.CreateAsync(actor, cancellationToken);
        // The import plans inside its transaction, so what it writes is checked against what it read.
        await using var transaction = commit ? await db.Database.BeginTransactionAsync(cancellationToken) : null;
        var query = db.Consultants.Include(c => c.Skills).Include(c => c.Languages).AsSplitQuery()
            .Where(c => c.CompanyId == companyId && c.ExternalReference != null);
        // The import keeps the profiles it read tracked, to update them without reading them again.
        var existing = await (commit ? query : query.AsNoTracking()).ToListAsync(cancellationToken);
        var existingByReference = existing.ToDictionary(c => c.ExternalReference!, ExistingConsultant.From, StringComparer.Ordinal);
        var activeSkillIds = (await db.SkillTags.Where(s => s.Status == SkillStatus.Active).Select(s => s.Id).ToListAsync(cancellationToken)).ToHashSet();
        var plan = ConsultantImportPlanner.Plan(parsed, existingByReference, activeSkillIds, Today());
        var report = Report(parsed, plan);
        if (transaction is null || !report.CanImport(options.AllOrNothing))
        {
            return report;
        }

        progress?.Report(10);
        try
        {
            await WriteAsync(db, companyId, plan, existing.ToDictionary(c => c.Id), progress, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        catch (Exception ex) when (ex is DbUpdateException or ConcurrencyConflictException)
        {
            return report with
            {
                FileErrors =
                [
                    ImportIssue.ForFile(ImportIssueCodes.FileWriteFailed,
                        Messages.Consultants_DatabaseRefusedImportProbably),
                ],
            };
        }

        progress?.Report(100);
        return report with { Committed = true };
    }

    private async Task WriteAsync(IAppDb db, Guid companyId, IReadOnlyList<PlannedImportRow> plan, Dictionary<Guid, Consultant> tracked,
        IProgress<int>? progress, CancellationToken cancellationToken)
    {
        var creates = plan.Where(r => r.Action == ImportRowAction.Create).ToList();
        var updates = plan.Where(r => r.Action == ImportRowAction.Update).ToList();
        var total = creates.Count + updates.Count;
        var now = Now();

        // Updates first, in one SaveChanges, while the profiles read for the plan are still tracked.
        if (updates.Count > 0)
        {
            foreach (var row in updates)
            {
                var consultant = tracked[row.ExistingId!.Value];
                ConsultantMapper.Apply(row.Input, consultant);
                RecordConsent(consultant, row);
                consultant.UpdatedAt = now;
                consultant.RecordActiveContact(now);
            }

            await SaveBatchAsync(db, cancellationToken);
            progress?.Report(10 + (90 * updates.Count / total));
        }

        var done = updates.Count;
        foreach (var batch in creates.Chunk(BatchSize))
        {
            var references = await NewReferencesAsync(db, batch.Length, cancellationToken);
            var skills = new List<ConsultantSkill>();
            var languages = new List<ConsultantLanguage>();
            for (var i = 0; i < batch.Length; i++)
            {
                var consultant = new Consultant
                {
                    CompanyId = companyId, Reference = references[i], FullName = "", Email = "", Headline = "", City = "",
                    CreatedAt = now, UpdatedAt = now, AvailabilityConfirmedAt = now, LastActiveContactAt = now,
                };
                ConsultantMapper.Apply(batch[i].Input, consultant);
                RecordConsent(consultant, batch[i]);
                // The profiles go through SaveChanges; their many skill and language rows are inserted in bulk after them.
                skills.AddRange(consultant.Skills);
                languages.AddRange(consultant.Languages);
                consultant.Skills.Clear();
                consultant.Languages.Clear();
                db.Consultants.Add(consultant);
            }

            await SaveBatchAsync(db, cancellationToken);
            await BulkInsert.InsertAsync(db, db.ConsultantSkills, skills, cancellationToken);
            await BulkInsert.InsertAsync(db, db.ConsultantLanguages, languages, cancellationToken);
            done += batch.Length;
            progress?.Report(10 + (90 * done / total));
        }
    }

    private static async Task SaveBatchAsync(IAppDb db, CancellationToken cancellationToken)
    {
        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
    }

    private static void RecordConsent(Consultant consultant, PlannedImportRow row)
    {
        if (row.Consent is { } consent)
        {
            consultant.RecordConsent(consent.Date.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc), consent.Method);
        }
    }

    /// <summary>Public references for a batch, drawn together and checked against the database in one query.</summary>
    private static async Task<string[]> NewReferencesAsync(IAppDb db, int count, CancellationToken cancellationToken)
    {
        var references = new HashSet<string>(StringComparer.Ordinal);
        while (true)
        {
            while (references.Count < count)
            {
                references.Add(ConsultantReference.New());
            }

            var candidates = references.ToList();
            var taken = await db.Consultants.Where(c => candidates.Contains(c.Reference)).Select(c => c.Reference).ToListAsync(cancellationToken);
            if (taken.Count == 0)
            {
                return [.. candidates];
            }

            references.ExceptWith(taken);
        }
    }

    private static ConsultantImportReport Report(ConsultantCsvParseResult parsed, IReadOnlyList<PlannedImportRow> plan)
    {
        var preview = plan.Where(r => r.Action != ImportRowAction.Invalid).Take(ConsultantImportReport.PreviewSize)
            .Select(r => new ImportPreviewRow(r.Line, r.Action, r.Input.ExternalReference ?? "", r.Input.FullName, r.Input.Headline,
                r.Input.City, r.Input.DailyRateEur, r.Input.AvailableFrom, r.Input.Skills.Count, r.Input.Languages.Count))
            .ToList();
        return new ConsultantImportReport(
            Committed: false,
            Rows: plan.Count,
            Creates: plan.Count(r => r.Action == ImportRowAction.Create),
            Updates: plan.Count(r => r.Action == ImportRowAction.Update),
            Unchanged: plan.Count(r => r.Action == ImportRowAction.Unchanged),
            Invalid: plan.Count(r => r.Action == ImportRowAction.Invalid),
            Delimiter: parsed.Delimiter,
            FileErrors: parsed.FileErrors,
            Warnings: parsed.Warnings,
            RowErrors: [.. plan.SelectMany(r => r.Errors)],
            Preview: preview);
    }

    private DateTime Now() => clock.GetUtcNow().UtcDateTime;

    private DateOnly Today() => DateOnly.FromDateTime(Now());
}
