using System.Net;
using System.Text;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TescForce.Application.Common;
using TescForce.Application.Consultants;
using TescForce.Application.Consultants.Import;
using TescForce.Application.Skills;
using TescForce.Domain.Companies;
using TescForce.Domain.Consultants;
using TescForce.Domain.Identity;
using TescForce.Infrastructure.Data;
using TescForce.IntegrationTests.Infrastructure;

namespace TescForce.IntegrationTests.Consultants;

public sealed class ConsultantImportTests(DatabaseFixture fixture) : IntegrationTest(fixture)
{
    private const string Header =
        "external_reference;full_name;email;headline;summary;seniority_years;city;daily_rate_eur;available_from;skills;languages;sectors;consent_date;consent_method";

    // Line 2 and 3 are valid (English, French and synonym labels); line 4 has a misspelt skill.
    private static readonly string ThreeRows = Header + "\n"
        + "E-1;Camille Martin;camille@example.com;Senior embedded software engineer;\"Flight software; DO-178C\nlevel A\";12;Toulouse;650;2026-12-01;Kubernetes:4:3|systèmes embarqués:5|Docker Engine:3;fr:C2|en:C1;aerospace|space;2026-01-15;signed form\n"
        + "E-2;Léa Dubois;lea@example.com;Data engineer;;5;Montpellier;520;2026-12-15;TensorFlow:3|machine learning:4:2;en:B2;;;\n"
        + "E-3;Hugo Bernard;hugo@example.com;Cybersecurity analyst;;7;Albi;600;2027-01-04;Kubernets:3;fr:C2;;;\n";

    private sealed record Company(Guid Id, ActingUser Member);

    private static async Task<Company> AddCompanyAsync(TestDatabase database, string name, string siren)
    {
        var company = new MemberCompany { Name = name, Siren = siren, City = "Toulouse", CreatedAt = DateTime.UtcNow };
        await InsertAsync(database, company);
        return new Company(company.Id, ActingUser.Create($"user-{siren}", [Roles.CompanyMember], company.Id));
    }

    private static MemoryStream Csv(string text) => new(Encoding.UTF8.GetBytes(text));

    private static async Task<List<Consultant>> ConsultantsAsync(TestDatabase database, Guid companyId)
    {
        var consultants = await ExecuteDbContextAsync(database, db => db.Consultants.AsNoTracking().Include(c => c.Skills).Include(c => c.Languages)
            .Where(c => c.CompanyId == companyId).OrderBy(c => c.ExternalReference).ToListAsync());
        foreach (var consultant in consultants)
        {
            consultant.Skills.Sort((a, b) => a.SkillTagId.CompareTo(b.SkillTagId));
            consultant.Languages.Sort((a, b) => string.CompareOrdinal(a.Code, b.Code));
        }

        return consultants;
    }

    private static Task<int> SkillIdAsync(TestDatabase database, string labelEn) =>
        ExecuteDbContextAsync(database, db => db.SkillTags.Where(s => s.LabelEn == labelEn).Select(s => s.Id).SingleAsync());

    [Theory, BothProviders]
    public async Task A_dry_run_reports_row_by_row_and_changes_nothing(DatabaseProvider provider)
    {
        var database = await Fixture.UseAsync(provider);
        await using var app = new TescForceWebApplicationFactory(database, environment: "Production");
        var company = await AddCompanyAsync(database, "Naviga", "901000000");
        await using var scope = app.Services.CreateAsyncScope();

        var report = await scope.ServiceProvider.GetRequiredService<ConsultantImportService>()
            .DryRunAsync(company.Member, Csv(ThreeRows), new ConsultantImportOptions());

        report.FileErrors.ShouldBeEmpty();
        var error = report.RowErrors.ShouldHaveSingleItem(string.Join(" / ", report.RowErrors.Select(e => $"{e.Line} {e.Column} {e.Message}")));
        (report.Committed, report.Rows, report.Creates, report.Updates, report.Unchanged, report.Invalid).ShouldBe((false, 3, 2, 0, 0, 1));
        (error.Line, error.Column, error.Code).ShouldBe((5, "skills", ImportIssueCodes.RowSkillUnknown));
        error.Suggestions.ShouldContain("Kubernetes");
        report.Preview.Select(p => (p.Line, p.ExternalReference, p.Action)).ShouldBe([(2, "E-1", ImportRowAction.Create), (4, "E-2", ImportRowAction.Create)]);
        (await CountAsync<Consultant>(database)).ShouldBe(0);
    }

    [Theory, BothProviders]
    public async Task The_import_writes_the_valid_rows_only_as_drafts_with_skills_languages_and_consent(DatabaseProvider provider)
    {
        var database = await Fixture.UseAsync(provider);
        await using var app = new TescForceWebApplicationFactory(database, environment: "Production");
        var company = await AddCompanyAsync(database, "Naviga", "901000000");
        await using var scope = app.Services.CreateAsyncScope();
        var progress = new List<int>();

        var report = await scope.ServiceProvider.GetRequiredService<ConsultantImportService>()
            .ImportAsync(company.Member, Csv(ThreeRows), new ConsultantImportOptions(), new SynchronousProgress(progress.Add));

        (report.Committed, report.Creates, report.Invalid).ShouldBe((true, 2, 1));
        progress.ShouldNotBeEmpty();
        progress[^1].ShouldBe(100);
        var consultants = await ConsultantsAsync(database, company.Id);
        consultants.Select(c => c.ExternalReference).ShouldBe(["E-1", "E-2"]);
        consultants.ShouldAllBe(c => c.Status == ConsultantStatus.Draft && ConsultantReference.IsWellFormed(c.Reference));
        var camille = consultants[0];
        camille.Summary.ShouldBe("Flight software; DO-178C\nlevel A");
        camille.Skills.Select(s => (s.SkillTagId, s.Level, s.Years)).ShouldBe(
            [(await SkillIdAsync(database, "Kubernetes"), 4, 3), (await SkillIdAsync(database, "embedded systems"), 5, 0), (await SkillIdAsync(database, "Docker"), 3, 0)],
            ignoreOrder: true);
        camille.Languages.Select(l => (l.Code, l.Level)).ShouldBe([("fr", CefrLevel.C2), ("en", CefrLevel.C1)], ignoreOrder: true);
        camille.Sectors.ShouldBe(["aerospace", "space"]);
        (camille.ConsentRecordedAt, camille.ConsentMethod).ShouldBe((new DateTime(2026, 1, 15, 0, 0, 0, DateTimeKind.Utc), "signed form"));
        // TensorFlow is also an ESCO synonym of "computer vision": the skill named so must win.
        consultants[1].Skills.Select(s => s.SkillTagId).ShouldContain(await SkillIdAsync(database, "TensorFlow"));
    }

    [Theory, BothProviders]
    public async Task All_or_nothing_with_one_bad_row_imports_nothing(DatabaseProvider provider)
    {
        var database = await Fixture.UseAsync(provider);
        await using var app = new TescForceWebApplicationFactory(database, environment: "Production");
        var company = await AddCompanyAsync(database, "Naviga", "901000000");
        await using var scope = app.Services.CreateAsyncScope();

        var report = await scope.ServiceProvider.GetRequiredService<ConsultantImportService>()
            .ImportAsync(company.Member, Csv(ThreeRows), new ConsultantImportOptions(AllOrNothing: true));

        (report.Committed, report.Creates, report.Invalid).ShouldBe((false, 2, 1));
        report.CanImport(allOrNothing: true).ShouldBeFalse();
        (await CountAsync<Consultant>(database)).ShouldBe(0);
    }

    [Theory, BothProviders]
    public async Task A_refused_file_changes_nothing(DatabaseProvider provider)
    {
        var database = await Fixture.UseAsync(provider);
        await using var app = new TescForceWebApplicationFactory(database, environment: "Production");
        var company = await AddCompanyAsync(database, "Naviga", "901000000");
        await using var scope = app.Services.CreateAsyncScope();
        var importer = scope.ServiceProvider.GetRequiredService<ConsultantImportService>();
        var duplicated = ThreeRows + ThreeRows.Split('\n')[3] + "\n";

        var duplicates = await importer.ImportAsync(company.Member, Csv(duplicated), new ConsultantImportOptions());
        var latin1 = await importer.ImportAsync(company.Member, new MemoryStream(Encoding.Latin1.GetBytes(ThreeRows)), new ConsultantImportOptions());

        duplicates.FileErrors.ShouldHaveSingleItem().Code.ShouldBe(ImportIssueCodes.FileDuplicateReferences);
        latin1.FileErrors.ShouldHaveSingleItem().Code.ShouldBe(ImportIssueCodes.FileEncoding);
        (duplicates.Committed || latin1.Committed).ShouldBeFalse();
        (await CountAsync<Consultant>(database)).ShouldBe(0);
    }

    [Theory, BothProviders]
    public async Task A_row_whose_external_reference_exists_updates_that_profile_and_an_archived_one_is_refused(DatabaseProvider provider)
    {
        var database = await Fixture.UseAsync(provider);
        await using var app = new TescForceWebApplicationFactory(database, environment: "Production");
        var company = await AddCompanyAsync(database, "Naviga", "901000000");
        await using var scope = app.Services.CreateAsyncScope();
        var importer = scope.ServiceProvider.GetRequiredService<ConsultantImportService>();
        var consultants = scope.ServiceProvider.GetRequiredService<ConsultantService>();
        await importer.ImportAsync(company.Member, Csv(ThreeRows), new ConsultantImportOptions());
        var before = await ConsultantsAsync(database, company.Id);
        await consultants.ArchiveAsync(company.Member, [before[1].Id]);
        const string Changes = "external_reference;full_name;email;headline;seniority_years;city;daily_rate_eur;available_from\n"
            + "E-1;Camille Martin;camille@example.com;Senior embedded software engineer;13;Toulouse;700;2026-12-01\n"
            + "E-2;Léa Dubois;lea@example.com;Data engineer;6;Montpellier;520;2026-12-15\n"
            + "E-4;Nina Petit;nina@example.com;Robotics engineer;3;Castres;480;2026-12-01\n";

        var dryRun = await importer.DryRunAsync(company.Member, Csv(Changes), new ConsultantImportOptions());
        var report = await importer.ImportAsync(company.Member, Csv(Changes), new ConsultantImportOptions());

        (dryRun.Creates, dryRun.Updates, dryRun.Invalid).ShouldBe((1, 1, 1));
        dryRun.RowErrors.ShouldHaveSingleItem().ShouldSatisfyAllConditions(
            e => e.Line.ShouldBe(3), e => e.Code.ShouldBe(ImportIssueCodes.RowArchived));
        (report.Committed, report.Creates, report.Updates).ShouldBe((true, 1, 1));
        var after = await ConsultantsAsync(database, company.Id);
        after.Count.ShouldBe(3);
        var camille = after.Single(c => c.ExternalReference == "E-1");
        (camille.Id, camille.DailyRateEur, camille.SeniorityYears).ShouldBe((before[0].Id, 700, 13));
        camille.Version.ShouldBe(before[0].Version + 1);
        // The file has no summary, skills, languages or consent columns: the profile keeps them.
        camille.Summary.ShouldBe(before[0].Summary);
        camille.Skills.Count.ShouldBe(3);
        camille.Languages.Count.ShouldBe(2);
        camille.ConsentMethod.ShouldBe("signed form");
        after.Single(c => c.ExternalReference == "E-2").SeniorityYears.ShouldBe(5);
    }

    [Theory, BothProviders]
    public async Task Exporting_then_importing_the_export_changes_nothing(DatabaseProvider provider)
    {
        var database = await Fixture.UseAsync(provider);
        await using var app = new TescForceWebApplicationFactory(database, environment: "Production");
        var company = await AddCompanyAsync(database, "Naviga Systèmes", "901000000");
        await using var scope = app.Services.CreateAsyncScope();
        var importer = scope.ServiceProvider.GetRequiredService<ConsultantImportService>();
        var exporter = scope.ServiceProvider.GetRequiredService<ConsultantExportService>();
        var tricky = ThreeRows.Replace("Kubernets:3", "Kubernetes:3", StringComparison.Ordinal)
            .Replace("Cybersecurity analyst", "\"=Cyber; \"\"red team\"\" analyst\"", StringComparison.Ordinal)
            + "E-5;Zoé Faure;zoe@example.com;Computer vision engineer;-;4;Toulouse;550;2026-12-01;computer vision:4:2|MATLAB:3:1|Git:4:4;en:C1;;;\n";
        (await importer.ImportAsync(company.Member, Csv(tricky), new ConsultantImportOptions())).Creates.ShouldBe(4);
        var before = await ConsultantsAsync(database, company.Id);

        foreach (var language in new[] { "en", "fr" })
        {
            var export = await exporter.ExportAsync(company.Member, language);
            var dryRun = await importer.DryRunAsync(company.Member, new MemoryStream(export.Content), new ConsultantImportOptions(Language: language));
            var import = await importer.ImportAsync(company.Member, new MemoryStream(export.Content), new ConsultantImportOptions(Language: language));

            export.FileName.ShouldBe($"consultants-naviga-systemes-{DateTime.UtcNow:yyyyMMdd}.csv");
            dryRun.FileErrors.ShouldBeEmpty();
            dryRun.Warnings.ShouldBeEmpty();
            dryRun.RowErrors.ShouldBeEmpty();
            (dryRun.Rows, dryRun.Unchanged, dryRun.Creates, dryRun.Updates).ShouldBe((4, 4, 0, 0));
            import.Committed.ShouldBeFalse();
        }

        var after = await ConsultantsAsync(database, company.Id);
        after.Count.ShouldBe(before.Count);
        foreach (var (old, now) in before.Zip(after))
        {
            now.ShouldBeEquivalentTo(old);
        }
    }

    [Theory, BothProviders]
    public async Task A_member_imports_and_exports_only_their_own_company(DatabaseProvider provider)
    {
        var database = await Fixture.UseAsync(provider);
        await using var app = new TescForceWebApplicationFactory(database, environment: "Production");
        var companyA = await AddCompanyAsync(database, "Naviga", "901000000");
        var companyB = await AddCompanyAsync(database, "Aerosoft", "842135576");
        await using var scope = app.Services.CreateAsyncScope();
        var importer = scope.ServiceProvider.GetRequiredService<ConsultantImportService>();
        var exporter = scope.ServiceProvider.GetRequiredService<ConsultantExportService>();
        await importer.ImportAsync(companyB.Member, Csv(ThreeRows), new ConsultantImportOptions());
        var companyBBefore = await ConsultantsAsync(database, companyB.Id);

        // The same external references in company A are other people: new drafts of A, B untouched.
        var report = await importer.ImportAsync(companyA.Member, Csv(ThreeRows.Replace("Léa Dubois", "Léa Moreau", StringComparison.Ordinal)), new ConsultantImportOptions());
        var exportA = Encoding.UTF8.GetString((await exporter.ExportAsync(companyA.Member, "en")).Content);

        (report.Creates, report.Updates).ShouldBe((2, 0));
        exportA.ShouldContain("Léa Moreau");
        exportA.ShouldNotContain("Léa Dubois");
        (await ConsultantsAsync(database, companyB.Id)).Select(c => (c.Id, c.FullName, c.Version))
            .ShouldBe(companyBBefore.Select(c => (c.Id, c.FullName, c.Version)));
        var curator = ActingUser.Create("curator", [Roles.Curator]);
        var memberWithoutCompany = ActingUser.Create("lost", [Roles.CompanyMember]);
        var client = ActingUser.Create("client", [Roles.ClientMember], companyB.Id);
        foreach (var actor in new[] { curator, memberWithoutCompany, client })
        {
            await Should.ThrowAsync<ForbiddenAccessException>(() => importer.DryRunAsync(actor, Csv(ThreeRows), new ConsultantImportOptions()));
            await Should.ThrowAsync<ForbiddenAccessException>(() => exporter.ExportAsync(actor, "en"));
        }
    }

    [Theory, BothProviders]
    public async Task The_export_endpoint_serves_the_callers_company_only(DatabaseProvider provider)
    {
        var database = await Fixture.UseAsync(provider);
        await using var app = new TescForceWebApplicationFactory(database, environment: "Production", settings: TestAuthentication.Setting);
        var companyA = await AddCompanyAsync(database, "Naviga Systèmes", "901000000");
        var companyB = await AddCompanyAsync(database, "Aerosoft", "842135576");
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var importer = scope.ServiceProvider.GetRequiredService<ConsultantImportService>();
            await importer.ImportAsync(companyA.Member, Csv(ThreeRows), new ConsultantImportOptions());
            await importer.ImportAsync(companyB.Member, Csv(ThreeRows.Replace("Camille Martin", "Bruno Secret", StringComparison.Ordinal)), new ConsultantImportOptions());
        }

        var member = app.CreateClient().SignedInAs("user-a", [Roles.CompanyMember], companyA.Id);
        var response = await member.GetAsync(ConsultantCsvEndpointsPaths.Export);
        var body = await response.Content.ReadAsStringAsync();

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("text/csv");
        response.Content.Headers.ContentDisposition!.DispositionType.ShouldBe("attachment");
        response.Content.Headers.ContentDisposition.FileName.ShouldBe($"consultants-naviga-systemes-{DateTime.UtcNow:yyyyMMdd}.csv");
        response.Headers.CacheControl!.NoStore.ShouldBeTrue();
        body.ShouldContain("Camille Martin");
        body.ShouldNotContain("Bruno Secret");
    }

    [Theory, BothProviders]
    public async Task The_endpoints_refuse_anonymous_visitors_and_other_roles_and_the_template_imports_cleanly(DatabaseProvider provider)
    {
        var database = await Fixture.UseAsync(provider);
        await using var app = new TescForceWebApplicationFactory(database, environment: "Production", settings: TestAuthentication.Setting);
        var company = await AddCompanyAsync(database, "Naviga", "901000000");
        var options = new WebApplicationFactoryClientOptions { AllowAutoRedirect = false };

        var anonymous = await app.CreateClient(options).GetAsync(ConsultantCsvEndpointsPaths.Export);
        var curator = await app.CreateClient(options).SignedInAs("curator", [Roles.Curator]).GetAsync(ConsultantCsvEndpointsPaths.Export);
        var memberWithoutCompany = await app.CreateClient(options).SignedInAs("lost", [Roles.CompanyMember]).GetAsync(ConsultantCsvEndpointsPaths.Export);
        var template = await app.CreateClient(options).SignedInAs("user-a", [Roles.CompanyMember], company.Id).GetAsync(ConsultantCsvEndpointsPaths.Template);

        anonymous.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        anonymous.Headers.Location!.PathAndQuery.ShouldStartWith("/Account/Login");
        curator.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        memberWithoutCompany.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        template.StatusCode.ShouldBe(HttpStatusCode.OK);
        await using var scope = app.Services.CreateAsyncScope();
        var report = await scope.ServiceProvider.GetRequiredService<ConsultantImportService>()
            .ImportAsync(company.Member, await template.Content.ReadAsStreamAsync(), new ConsultantImportOptions());
        report.RowErrors.ShouldBeEmpty();
        (report.Committed, report.Creates).ShouldBe((true, 1));
    }

    [Theory, BothProviders]
    public async Task A_label_resolves_to_the_skill_it_names_before_any_synonym(DatabaseProvider provider)
    {
        var database = await Fixture.UseAsync(provider);
        await using var app = new TescForceWebApplicationFactory(database, environment: "Production");
        var catalogue = app.Services.GetRequiredService<SkillCatalogue>();

        foreach (var label in new[] { "TensorFlow", "Git", "MATLAB", "Scrum" })
        {
            (await catalogue.ResolveAsync(label, "en")).SkillId.ShouldBe(await SkillIdAsync(database, label), label);
        }
    }

    /// <summary>Reports on the caller's thread, so the test sees every value before the import returns.</summary>
    private sealed class SynchronousProgress(Action<int> report) : IProgress<int>
    {
        public void Report(int value) => report(value);
    }

    private static class ConsultantCsvEndpointsPaths
    {
        public const string Export = TescForce.Web.Hosting.ConsultantCsvEndpoints.ExportPath;
        public const string Template = TescForce.Web.Hosting.ConsultantCsvEndpoints.TemplatePath;
    }
}
