using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using TescForce.Domain.Companies;
using TescForce.Domain.Consultants;
using TescForce.Domain.Skills;
using TescForce.Infrastructure.Data;
using TescForce.Infrastructure.Identity;

namespace TescForce.Infrastructure.DemoData;

/// <summary>
/// Fills a database with realistic member companies and consultants for demos, manual testing and
/// benchmarks. Deterministic (same seed and counts, same data; dates relative to the injected clock)
/// and idempotent: a <see cref="ReferenceDataImport"/> row with source <see cref="MarkerSource"/> marks
/// a database that already has demo data, and a second run writes nothing. Everything is written in one
/// transaction, in batches, with change detection off: 10,000 consultants take seconds, not minutes.
/// </summary>
public sealed class DemoDataGenerator(TescForceDbContext db, TimeProvider clock, ILogger<DemoDataGenerator> logger)
{
    public const string MarkerSource = "demo-data";

    /// <summary>The curator id written on the demo companies' approval and rejection.</summary>
    public const string CuratorId = "demo-data";

    /// <summary>Consultants per SaveChanges: large enough to batch well, small enough to keep the tracker light.</summary>
    public const int BatchSize = 1000;

    private readonly Stopwatch _writing = new();

    private const string RejectedCompanyReason =
        "The SIREN number belongs to a training organisation, not an IT-services company: apply again once the ESN activity is registered.";

    public Task<DemoDataResult> GenerateAsync(DemoDataOptions options, CancellationToken cancellationToken = default) =>
        GenerateAsync(options.Companies, options.Consultants, options.Seed, cancellationToken);

    /// <param name="companies">Member companies, the demo company (Aerosoft Conseil) included; at least 1.</param>
    /// <param name="consultants">Consultants spread over them (the demo company gets about 2.5 %).</param>
    /// <param name="seed">The seed of the one random source; the same seed and counts give the same data.</param>
    public async Task<DemoDataResult> GenerateAsync(int companies, int consultants, int seed, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(companies, 1);
        ArgumentOutOfRangeException.ThrowIfNegative(consultants);
        var stopwatch = Stopwatch.StartNew();
        // Generated data is nobody's action: ten thousand "created" entries would only bury the real ones (ADR 0008).
        using var unaudited = db.Audit.Suppress("system:seed");

        if (await db.ReferenceDataImports.AsNoTracking().AnyAsync(i => i.Source == MarkerSource, cancellationToken))
        {
            logger.LogInformation("Demo data already present (marker {Marker}): nothing generated", MarkerSource);
            return new DemoDataResult(true, 0, 0, 0, stopwatch.Elapsed);
        }

        // Whole seconds: both providers then store exactly what was generated.
        var utcNow = clock.GetUtcNow().UtcDateTime;
        var now = new DateTime(utcNow.Ticks - (utcNow.Ticks % TimeSpan.TicksPerSecond), DateTimeKind.Utc);
        var graph = await SkillGraph.LoadAsync(db, cancellationToken);
        EnsureArchetypesResolve(graph);

        var sirens = (await db.MemberCompanies.AsNoTracking().Select(c => c.Siren).ToListAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal);
        var references = (await db.Consultants.AsNoTracking().Select(c => c.Reference).ToListAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal);
        sirens.Add(DemoAccounts.CompanySiren);

        var detectChanges = db.ChangeTracker.AutoDetectChangesEnabled;
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        try
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var random = new Random(seed);
            var plan = CompanyPlanner.Plan(random, companies, consultants);
            var rosters = await CreateCompaniesAsync(random, plan, sirens, now, cancellationToken);

            var factory = new ConsultantFactory(graph, now);
            var batch = new List<Consultant>(BatchSize);
            int written = 0, skills = 0;
            for (var c = 0; c < plan.Count; c++)
            {
                for (var i = 0; i < plan[c].Consultants; i++)
                {
                    var archetype = factory.DrawArchetype(random, rosters[c]);
                    var consultant = factory.Create(random, rosters[c], archetype, NewReference(random, references));
                    batch.Add(consultant);
                    skills += consultant.Skills.Count;
                    if (batch.Count == BatchSize)
                    {
                        written += await SaveAsync(batch, cancellationToken);
                    }
                }
            }

            written += await SaveAsync(batch, cancellationToken);
            db.ReferenceDataImports.Add(new ReferenceDataImport
            {
                Source = MarkerSource, ContentHash = MarkerHash(companies, consultants, seed), ImportedAt = now, Concepts = written,
            });
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);

            var result = new DemoDataResult(false, plan.Count, written, skills, stopwatch.Elapsed);
            logger.LogInformation(
                "Demo data generated on {Provider}: {Companies} companies, {Consultants} consultants, {Skills} skill lines in {Elapsed:0.0} s, {Writing:0.0} s of it writing (seed {Seed})",
                db.Database.ProviderName, result.Companies, result.Consultants, result.ConsultantSkills, result.Elapsed.TotalSeconds,
                _writing.Elapsed.TotalSeconds, seed);
            return result;
        }
        finally
        {
            db.ChangeTracker.Clear();
            db.ChangeTracker.AutoDetectChangesEnabled = detectChanges;
        }
    }

    /// <summary>Fails loudly when the taxonomy or the occupations no longer have what an archetype names.</summary>
    private static void EnsureArchetypesResolve(SkillGraph graph)
    {
        var missing = graph.Missing(Archetypes.AllSkillCodes());
        if (missing.Count > 0)
        {
            throw new InvalidOperationException(
                $"The demo data archetypes name {missing.Count} skill(s) the taxonomy does not have: {string.Join(", ", missing)}. " +
                "Import the taxonomy first, or fix DemoData/Archetypes.cs.");
        }

        var occupations = EscoOccupations.LoadEmbedded();
        var unknown = Archetypes.All.Where(a => !occupations.ContainsKey(a.OccupationUri)).Select(a => $"{a.Key} ({a.OccupationUri})").ToList();
        if (unknown.Count > 0)
        {
            throw new InvalidOperationException(
                $"The demo data archetypes name ESCO occupations that esco_tech_occupations.csv does not have: {string.Join(", ", unknown)}.");
        }
    }

    private async Task<List<CompanyRoster>> CreateCompaniesAsync(
        Random random, IReadOnlyList<PlannedCompany> plan, HashSet<string> sirens, DateTime now, CancellationToken cancellationToken)
    {
        var rosters = new List<CompanyRoster>(plan.Count);
        var added = new List<MemberCompany>();
        foreach (var planned in plan)
        {
            MemberCompany company;
            if (planned.IsDemoCompany)
            {
                // Created by the initializer with the demo accounts; made here when the generator runs alone.
                company = await db.MemberCompanies.SingleOrDefaultAsync(c => c.Siren == DemoAccounts.CompanySiren, cancellationToken)
                    ?? DemoAccounts.CreateCompany(now);
                if (db.Entry(company).State == EntityState.Detached)
                {
                    added.Add(company);
                }
            }
            else
            {
                company = NewCompany(random, planned, sirens, now);
                added.Add(company);
            }

            var specialities = planned.Template.Specialities.Select(Archetypes.ByKey).ToList();
            rosters.Add(new CompanyRoster(company, specialities, random.Between(100, 3000)));
        }

        db.MemberCompanies.AddRange(added);
        await db.SaveChangesAsync(cancellationToken);
        return rosters;
    }

    private static MemberCompany NewCompany(Random random, PlannedCompany planned, HashSet<string> sirens, DateTime now)
    {
        var siren = SirenGenerator.Next(random);
        while (!sirens.Add(siren))
        {
            siren = SirenGenerator.Next(random);
        }

        var joinedAgo = planned.Status switch
        {
            CompanyStatus.Pending => random.Between(TimeSpan.FromDays(1), TimeSpan.FromDays(14)),
            CompanyStatus.Rejected => random.Between(TimeSpan.FromDays(20), TimeSpan.FromDays(60)),
            _ => random.Between(TimeSpan.FromDays(120), TimeSpan.FromDays(1000)),
        };
        var company = new MemberCompany
        {
            Id = random.NextGuid(),
            Name = planned.Template.Name,
            Siren = siren,
            City = planned.Template.City,
            Website = $"https://{DemoText.Slug(planned.Template.Name)}.example",
            Description = planned.Template.Description,
            CreatedAt = now - joinedAgo,
        };
        var decidedAt = company.CreatedAt + random.Between(TimeSpan.FromHours(4), TimeSpan.FromDays(10));
        if (planned.Status == CompanyStatus.Approved)
        {
            company.Approve(CuratorId, decidedAt);
        }
        else if (planned.Status == CompanyStatus.Rejected)
        {
            company.Reject(CuratorId, RejectedCompanyReason, decidedAt);
        }

        return company;
    }

    /// <summary>A fresh public reference; the random source decides, the set only guards against collisions.</summary>
    private static string NewReference(Random random, HashSet<string> taken)
    {
        string reference;
        do
        {
            reference = ConsultantReference.New(random.Next);
        }
        while (!taken.Add(reference));

        return reference;
    }

    private async Task<int> SaveAsync(List<Consultant> batch, CancellationToken cancellationToken)
    {
        if (batch.Count == 0)
        {
            return 0;
        }

        _writing.Start();
        db.Consultants.AddRange(batch);
        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
        _writing.Stop();
        var count = batch.Count;
        batch.Clear();
        return count;
    }

    private static string MarkerHash(int companies, int consultants, int seed) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes($"demo-data v1;companies={companies};consultants={consultants};seed={seed}")));
}
