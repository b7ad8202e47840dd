using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using TescForce.Domain.Companies;
using TescForce.Domain.Consultants;
using TescForce.Infrastructure.Data;
using TescForce.Infrastructure.DemoData;
using TescForce.Infrastructure.Identity;
using TescForce.Infrastructure.Skills;
using TescForce.IntegrationTests.Infrastructure;

namespace TescForce.IntegrationTests.DemoData;

public sealed partial class DemoDataGeneratorTests(DatabaseFixture fixture) : IntegrationTest(fixture)
{
    private const int Companies = 40;
    private const int Consultants = 400;
    private const int Seed = 7;
    private static readonly DateTimeOffset Now = new(2026, 3, 2, 10, 30, 0, TimeSpan.Zero);

    [Theory, BothProviders]
    public async Task The_same_seed_and_counts_give_the_same_data_in_another_database(DatabaseProvider provider)
    {
        var first = await Fixture.UseAsync(provider);
        var second = await Fixture.CreateEmptyAsync(provider);
        await second.MigrateAsync();

        await GenerateAsync(first);
        await GenerateAsync(second);

        var digest = await DigestAsync(first);
        digest.Consultants.ShouldBe(Consultants);
        (await DigestAsync(second)).ShouldBe(digest);
    }

    [Theory, BothProviders]
    public async Task A_second_run_on_a_database_with_demo_data_writes_nothing(DatabaseProvider provider)
    {
        var database = await Fixture.UseAsync(provider);
        var first = await GenerateAsync(database);
        var before = await DigestAsync(database);

        var second = await GenerateAsync(database, seed: Seed + 1);

        first.Skipped.ShouldBeFalse();
        second.Skipped.ShouldBeTrue();
        second.Consultants.ShouldBe(0);
        (await DigestAsync(database)).ShouldBe(before);
        (await ExecuteDbContextAsync(database, db => db.ReferenceDataImports.SingleAsync(i => i.Source == DemoDataGenerator.MarkerSource)))
            .Concepts.ShouldBe(Consultants);
    }

    [Theory, BothProviders]
    public async Task The_companies_are_valid_skewed_and_mostly_approved_with_the_demo_company_among_them(DatabaseProvider provider)
    {
        var database = await Fixture.UseAsync(provider);
        await GenerateAsync(database);

        var companies = await ExecuteDbContextAsync(database, db => db.MemberCompanies.AsNoTracking().ToListAsync());
        var sizes = await ExecuteDbContextAsync(database, db => db.Consultants.GroupBy(c => c.CompanyId)
            .Select(g => new { CompanyId = g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.CompanyId, g => g.Count));

        companies.Count.ShouldBe(Companies);
        companies.Where(c => !Siren.TryParse(c.Siren, out _, out _)).ShouldBeEmpty();
        companies.Select(c => c.Siren).Distinct().Count().ShouldBe(Companies);
        companies.Select(c => c.Name).Distinct().Count().ShouldBe(Companies);
        companies.ShouldAllBe(c => c.Website!.StartsWith("https://") && c.Website.EndsWith(".example"));
        companies.ShouldAllBe(c => !string.IsNullOrWhiteSpace(c.Description));
        companies.Count(c => c.Status == CompanyStatus.Pending).ShouldBe(3);
        companies.Single(c => c.Status == CompanyStatus.Rejected).DecisionReason.ShouldNotBeNullOrWhiteSpace();
        companies.Count(c => c.Status == CompanyStatus.Approved).ShouldBe(Companies - 4);

        var demo = companies.Single(c => c.Siren == DemoAccounts.CompanySiren);
        demo.Name.ShouldBe(DemoAccounts.CompanyName);
        sizes[demo.Id].ShouldBe((int)Math.Round(Consultants * 0.025));

        // A few large ESNs and many small ones: the largest is many times the median.
        var ordered = companies.Select(c => sizes.GetValueOrDefault(c.Id)).Order().ToList();
        ordered.Sum().ShouldBe(Consultants);
        ordered[^1].ShouldBeGreaterThan(4 * ordered[ordered.Count / 2]);
    }

    [Theory, BothProviders]
    public async Task The_consultants_look_like_the_product_brief(DatabaseProvider provider)
    {
        var database = await Fixture.UseAsync(provider);
        var result = await GenerateAsync(database);
        var now = Now.UtcDateTime;
        var today = DateOnly.FromDateTime(now);

        var companies = await ExecuteDbContextAsync(database, db => db.MemberCompanies.AsNoTracking().ToDictionaryAsync(c => c.Id));
        var consultants = await ExecuteDbContextAsync(database, db => db.Consultants.AsNoTracking()
            .Include(c => c.Skills).Include(c => c.Languages).AsSplitQuery().ToListAsync());

        result.Consultants.ShouldBe(Consultants);
        result.ConsultantSkills.ShouldBe(consultants.Sum(c => c.Skills.Count));
        consultants.Count.ShouldBe(Consultants);
        consultants.Select(c => c.Reference).Distinct().Count().ShouldBe(Consultants);
        consultants.ShouldAllBe(c => ConsultantReference.IsWellFormed(c.Reference));
        consultants.GroupBy(c => c.CompanyId).ShouldAllBe(g => g.Select(c => c.ExternalReference).Distinct().Count() == g.Count());
        consultants.Select(c => c.Email).Distinct().Count().ShouldBe(Consultants);

        foreach (var consultant in consultants)
        {
            var company = companies[consultant.CompanyId];
            var because = $"{consultant.Reference} ({consultant.Headline})";
            if (company.Status != CompanyStatus.Approved)
            {
                consultant.Status.ShouldNotBe(ConsultantStatus.Published, because);
                consultant.PublishedAt.ShouldBeNull(because);
            }

            consultant.Skills.Count.ShouldBeInRange(6, 16, because);
            consultant.Skills.ShouldAllBe(s => s.Level >= 1 && s.Level <= 5 && s.Years >= 1 && s.Years <= consultant.SeniorityYears);
            ((int)consultant.Languages.Single(l => l.Code == "fr").Level).ShouldBeGreaterThanOrEqualTo((int)CefrLevel.B2, because);
            ((int)consultant.Languages.Single(l => l.Code == "en").Level).ShouldBeGreaterThanOrEqualTo((int)CefrLevel.B1, because);
            consultant.SeniorityYears.ShouldBeInRange(1, 30, because);
            consultant.DailyRateEur.ShouldBeInRange(380, 1100, because);
            consultant.CapacityPercent.ShouldBeInRange(50, 100, because);
            consultant.Sectors.Count.ShouldBeInRange(1, 3, because);
            consultant.Sectors.ShouldAllBe(s => Sectors.IsKnown(s));
            consultant.ExternalReference!.ShouldMatch("^EMP-[0-9]{6}$");
            consultant.Email.ShouldEndWith("@" + new Uri(company.Website!).Host, Case.Sensitive, because);
            EmailLocalPart().IsMatch(consultant.Email).ShouldBeTrue(because);
            consultant.Headline.ShouldNotBeNullOrWhiteSpace();
            consultant.Summary.Split(". ").Length.ShouldBeInRange(1, 3, because);
            consultant.TimeZone.ShouldBe("Europe/Paris");
            consultant.WorkdayStart.ShouldBeLessThan(consultant.WorkdayEnd);
            consultant.AvailableFrom.ShouldBeInRange(today.AddDays(-30), today.AddDays(90), because);
            consultant.CreatedAt.ShouldBeLessThanOrEqualTo(consultant.UpdatedAt, because);
            consultant.CreatedAt.ShouldBeGreaterThanOrEqualTo(company.CreatedAt, because);
            consultant.AvailabilityConfirmedAt.ShouldBeGreaterThanOrEqualTo(consultant.CreatedAt, because);
            consultant.UpdatedAt.ShouldBeLessThanOrEqualTo(now, because);
            (consultant.Status == ConsultantStatus.Published).ShouldBe(consultant.PublishedAt is not null && consultant.Status != ConsultantStatus.Archived, because);
            (consultant.Status == ConsultantStatus.Rejected).ShouldBe(consultant.RejectionReason is not null, because);
            if (consultant.Status != ConsultantStatus.Draft)
            {
                consultant.HasConsent.ShouldBeTrue(because);
                consultant.ConsentMethod.ShouldBeOneOf("Signed consent form", "E-mail confirmation");
            }
        }

        double Share(Func<Consultant, bool> predicate) => consultants.Count(predicate) / (double)consultants.Count;
        Share(c => c.Status == ConsultantStatus.Published).ShouldBeInRange(0.75, 0.92);
        foreach (var status in new[] { ConsultantStatus.Submitted, ConsultantStatus.Draft, ConsultantStatus.Archived, ConsultantStatus.Rejected })
        {
            Share(c => c.Status == status).ShouldBeInRange(0.005, 0.12, status.ToString());
        }

        var age = (Consultant c) => now - c.AvailabilityConfirmedAt;
        Share(c => age(c) < TimeSpan.FromDays(25)).ShouldBeGreaterThan(0.75);
        Share(c => age(c) >= TimeSpan.FromDays(25) && age(c) < TimeSpan.FromDays(30)).ShouldBeInRange(0.02, 0.15);
        Share(c => age(c) >= TimeSpan.FromDays(30)).ShouldBeInRange(0.02, 0.15);
        Share(c => c.Languages.Single(l => l.Code == "fr").Level == CefrLevel.C2).ShouldBeGreaterThan(0.8);
        Share(c => c.Sectors.Contains("aerospace") || c.Sectors.Contains("space") || c.Sectors.Contains("defence")).ShouldBeGreaterThan(0.5);
        Share(c => c.Certifications.Count > 0).ShouldBeInRange(0.05, 0.5);
        Share(c => c.AvailableUntil is null).ShouldBeGreaterThan(0.75);
        Share(c => c.CapacityPercent == 100).ShouldBeGreaterThan(0.6);
    }

    [Theory, BothProviders]
    public async Task A_skill_missing_from_the_taxonomy_stops_the_generator_and_names_it(DatabaseProvider provider)
    {
        var database = await Fixture.UseAsync(provider);
        await ImportTaxonomyAsync(database);
        await RenameSkillAsync(database, "tescforce:do-178c", "tescforce:do-178c-renamed");
        try
        {
            var refused = await Should.ThrowAsync<InvalidOperationException>(() => GenerateAsync(database));

            refused.Message.ShouldContain("tescforce:do-178c");
            (await CountAsync<Consultant>(database)).ShouldBe(0);
            (await CountAsync<MemberCompany>(database)).ShouldBe(0);
        }
        finally
        {
            // The taxonomy is shared by the tests of the run: put it back as it was.
            await RenameSkillAsync(database, "tescforce:do-178c-renamed", "tescforce:do-178c");
        }
    }

    [Theory, BothProviders]
    public async Task A_development_host_generates_the_demo_data_after_the_demo_accounts(DatabaseProvider provider)
    {
        var database = await Fixture.UseAsync(provider);
        await using var app = new TescForceWebApplicationFactory(database, settings: new Dictionary<string, string?>
        {
            ["DemoData:Enabled"] = "true", ["DemoData:Companies"] = "6", ["DemoData:Consultants"] = "80",
        });
        _ = app.Services; // starts the host, which migrates and seeds

        var demoCompany = await ExecuteDbContextAsync(database, db => db.MemberCompanies.SingleAsync(c => c.Siren == DemoAccounts.CompanySiren));
        var member = await ExecuteDbContextAsync(database, db => db.Users.SingleAsync(u => u.Email == DemoAccounts.CompanyMember.Email));
        (await CountAsync<MemberCompany>(database)).ShouldBe(6);
        (await CountAsync<Consultant>(database)).ShouldBe(80);
        member.MemberCompanyId.ShouldBe(demoCompany.Id);
        (await ExecuteDbContextAsync(database, db => db.Consultants.CountAsync(c => c.CompanyId == demoCompany.Id))).ShouldBe(2);
    }

    [Fact]
    public async Task Outside_development_no_demo_data_is_generated_even_when_enabled()
    {
        var database = await Fixture.UseAsync(DatabaseProvider.Sqlite);
        await using var app = new TescForceWebApplicationFactory(database, environment: "Production",
            settings: new Dictionary<string, string?> { ["DemoData:Enabled"] = "true", ["DemoData:Consultants"] = "50" });
        _ = app.Services;

        (await CountAsync<MemberCompany>(database)).ShouldBe(0);
        (await CountAsync<Consultant>(database)).ShouldBe(0);
    }

    private static async Task ImportTaxonomyAsync(TestDatabase database)
    {
        await using var db = database.CreateDbContext();
        await new TaxonomyImporter(db, new FixedTimeProvider(Now), NullLogger<TaxonomyImporter>.Instance)
            .ImportAsync(TaxonomySource.LoadEmbedded());
    }

    private static async Task<DemoDataResult> GenerateAsync(TestDatabase database, int seed = Seed)
    {
        await ImportTaxonomyAsync(database);
        await using var db = database.CreateDbContext();
        return await new DemoDataGenerator(db, new FixedTimeProvider(Now), NullLogger<DemoDataGenerator>.Instance)
            .GenerateAsync(Companies, Consultants, seed);
    }

    private static Task<int> RenameSkillAsync(TestDatabase database, string from, string to) =>
        ExecuteDbContextAsync(database, db => db.SkillTags.Where(s => s.Code == from).ExecuteUpdateAsync(s => s.SetProperty(t => t.Code, to)));

    /// <summary>Everything generated, in a stable order, reduced to a hash (ids of rows the database numbers excluded).</summary>
    private static async Task<Digest> DigestAsync(TestDatabase database)
    {
        await using var db = database.CreateDbContext();
        var codes = await db.SkillTags.AsNoTracking().ToDictionaryAsync(s => s.Id, s => s.Code);
        var companies = await db.MemberCompanies.AsNoTracking().OrderBy(c => c.Siren).ToListAsync();
        var sirens = companies.ToDictionary(c => c.Id, c => c.Siren);
        var consultants = await db.Consultants.AsNoTracking().Include(c => c.Skills).Include(c => c.Languages).AsSplitQuery()
            .OrderBy(c => c.Reference).ToListAsync();

        var text = new StringBuilder();
        foreach (var c in companies)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"{c.Siren}|{c.Name}|{c.City}|{c.Website}|{c.Status}|{c.DecisionReason}|{c.CreatedAt:O}|{c.DecidedAt:O}");
        }

        foreach (var c in consultants)
        {
            text.AppendLine(
                $"{c.Id}|{c.Reference}|{sirens[c.CompanyId]}|{c.ExternalReference}|{c.FullName}|{c.Email}|{c.Headline}|{c.Summary}|" +
                $"{c.SeniorityYears}|{c.City}|{c.RemotePreference}|{c.DailyRateEur}|{c.WorkdayStart}|{c.WorkdayEnd}|{c.AvailableFrom}|" +
                $"{c.AvailableUntil}|{c.CapacityPercent}|{c.AvailabilityConfirmedAt:O}|{string.Join(",", c.Sectors)}|" +
                $"{string.Join(",", c.Certifications)}|{c.Status}|{c.RejectionReason}|{c.ConsentRecordedAt:O}|{c.ConsentMethod}|" +
                $"{c.CreatedAt:O}|{c.UpdatedAt:O}|{c.PublishedAt:O}|" +
                string.Join(",", c.Skills.Select(s => $"{codes[s.SkillTagId]}:{s.Level}:{s.Years}").Order(StringComparer.Ordinal)) + "|" +
                string.Join(",", c.Languages.Select(l => $"{l.Code}:{l.Level}").Order(StringComparer.Ordinal)));
        }

        return new Digest(companies.Count, consultants.Count, Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString()))));
    }

    [GeneratedRegex("^[a-z-]+\\.[a-z-]+[0-9]*@")]
    private static partial Regex EmailLocalPart();

    private sealed record Digest(int Companies, int Consultants, string Hash);
}
