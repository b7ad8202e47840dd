using System.Net;
using System.Text;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MiniExcelLibs;
using TescForce.Application.Common;
using TescForce.Application.Consultants;
using TescForce.Application.SkillsMap;
using TescForce.Domain.Companies;
using TescForce.Domain.Consultants;
using TescForce.Domain.Identity;
using TescForce.Infrastructure.Data;
using TescForce.IntegrationTests.Infrastructure;

namespace TescForce.IntegrationTests.SkillsMap;

/// <summary>
/// The skills map on a small pool: exact counts of each breakdown, the filters combined, visibility, the
/// public map's hidden counts, a change seen at once, who may read the curators' map, and the exports.
/// </summary>
public sealed class SkillsMapTests(DatabaseFixture fixture) : IntegrationTest(fixture)
{
    private static readonly DateOnly Today = DateOnly.FromDateTime(DateTime.UtcNow);

    [Theory, BothProviders]
    public async Task The_curators_map_counts_each_breakdown_exactly_and_leaves_hidden_profiles_out(DatabaseProvider provider)
    {
        await using var pool = await PoolAsync(provider);

        var map = await pool.CuratorAsync(new SkillsMapQuery());
        var broader = await pool.CuratorAsync(new SkillsMapQuery { SkillId = pool.Broader });

        map.Total.ShouldBe(8); // the draft, the stale profile and the suspended company's are not counted
        Counts(map.Companies).ShouldBe(["Alpha=6", "Beta=2"]);
        Counts(map.Seniority).ShouldBe(["Junior=2", "Confirmed=3", "Senior=2", "Expert=1"]);
        map.Languages.Select(l => $"{l.Code}={l.Count}").ShouldBe(["en=8", "fr=6"]);
        Counts(map.Languages[0].Levels).ShouldBe(["A1=0", "A2=0", "B1=0", "B2=2", "C1=6", "C2=0"]);
        map.Families.ShouldNotBeEmpty();
        map.Families.ShouldAllBe(f => f.Count >= 1 && f.Count <= 8);
        broader.Total.ShouldBe(6);
        broader.Node.ShouldNotBeNull().SkillId.ShouldBe(pool.Broader);
        broader.Families.ShouldContain(f => f.SkillId == pool.Kubernetes && f.Count == 6);
    }

    [Theory, BothProviders]
    public async Task The_timeline_counts_who_is_available_some_day_of_each_week(DatabaseProvider provider)
    {
        await using var pool = await PoolAsync(provider);

        var weeks = (await pool.CuratorAsync(new SkillsMapQuery())).Weeks;

        weeks.Count.ShouldBe(12);
        weeks[0].Start.DayOfWeek.ShouldBe(DayOfWeek.Monday);
        weeks[0].Count.ShouldBe(4);
        WeekOf(weeks, Today.AddDays(14)).Count.ShouldBe(6);
        WeekOf(weeks, Today.AddDays(40)).Count.ShouldBe(7); // A6 from day 35 to day 50
        WeekOf(weeks, Today.AddDays(77)).Count.ShouldBe(7); // A6 gone, B2 from day 70
    }

    [Theory, BothProviders]
    public async Task Filters_combine_a_skill_a_language_level_and_an_availability_window_into_counts_by_company(DatabaseProvider provider)
    {
        await using var pool = await PoolAsync(provider);

        var c1 = await pool.CuratorAsync(new SkillsMapQuery
        {
            SkillId = pool.Kubernetes, LanguageCode = "EN", MinLanguageLevel = CefrLevel.C1, AvailableFrom = Today.AddDays(10), AvailableTo = Today.AddDays(20),
        });
        var c2 = await pool.CuratorAsync(new SkillsMapQuery { SkillId = pool.Kubernetes, LanguageCode = "en", MinLanguageLevel = CefrLevel.C2 });
        var b2 = await pool.CuratorAsync(new SkillsMapQuery { LanguageCode = "en", MinLanguageLevel = CefrLevel.B2, AvailableFrom = Today.AddDays(60) });

        c1.Total.ShouldBe(5);
        Counts(c1.Companies).ShouldBe(["Alpha=5"]);
        c2.Total.ShouldBe(0);
        c2.Companies.ShouldBeEmpty();
        b2.Total.ShouldBe(7); // A6 gone by day 50
        await Should.ThrowAsync<ValidationFailedException>(() => pool.CuratorAsync(new SkillsMapQuery { MinLanguageLevel = CefrLevel.B2 }));
        await Should.ThrowAsync<ValidationFailedException>(() => pool.CuratorAsync(new SkillsMapQuery { SkillId = int.MaxValue }));
        await Should.ThrowAsync<ValidationFailedException>(() => pool.CuratorAsync(new SkillsMapQuery { AvailableFrom = Today, AvailableTo = Today.AddDays(-1) }));
    }

    [Theory, BothProviders]
    public async Task The_public_map_has_no_companies_and_hides_counts_under_5_and_those_a_total_would_give_away(DatabaseProvider provider)
    {
        await using var pool = await PoolAsync(provider);

        var map = await pool.Service.PublicMapAsync(new SkillsMapQuery(), "en");
        var kubernetes = await pool.Service.PublicMapAsync(new SkillsMapQuery { SkillId = pool.Broader }, "en");

        map.IsPublic.ShouldBeTrue();
        map.Total.ShouldBe(8);
        map.Companies.ShouldBeEmpty();
        map.Seniority.ShouldAllBe(s => s.Count == null); // 2, 3, 2, 1
        map.Languages.Select(l => $"{l.Code}={l.Count}").ShouldBe(["en=8", "fr=6"]);
        Counts(map.Languages[0].Levels).ShouldBe(["A1=", "A2=", "B1=", "B2=", "C1=", "C2="]); // B2 (2) hidden, so C1 (6) too: 8 − 6 would give it away
        map.Languages[0].Levels.Single(l => l.Key == "C1").HiddenToProtectOthers.ShouldBeTrue();
        Counts(map.Languages[1].Levels).ShouldBe(["A1=", "A2=", "B1=", "B2=", "C1=", "C2=6"]); // the hidden ones add up to zero
        map.Weeks[0].Count.ShouldBeNull(); // 4
        WeekOf(map.Weeks, Today.AddDays(14)).Count.ShouldBe(6);
        map.Families.ShouldAllBe(f => f.Count == null || f.Count >= 5);
        kubernetes.Families.ShouldContain(f => f.SkillId == pool.Kubernetes && f.Count == 6);
    }

    [Theory, BothProviders]
    public async Task A_profile_published_or_archived_shows_in_the_next_map(DatabaseProvider provider)
    {
        await using var pool = await PoolAsync(provider);
        var before = await pool.CuratorAsync(new SkillsMapQuery { SkillId = pool.Kubernetes });

        var added = await TestData.PublishAsync(pool.Consultants, pool.Alpha, TestData.Input("Person A7", pool.Kubernetes));
        var published = await pool.CuratorAsync(new SkillsMapQuery { SkillId = pool.Kubernetes });
        var publicMap = await pool.Service.PublicMapAsync(new SkillsMapQuery(), "en");
        await pool.Consultants.ArchiveAsync(pool.Alpha, [added]);
        var archived = await pool.CuratorAsync(new SkillsMapQuery { SkillId = pool.Kubernetes });

        before.Total.ShouldBe(6);
        published.Total.ShouldBe(7);
        Counts(published.Companies).ShouldBe(["Alpha=7"]);
        publicMap.Total.ShouldBe(9);
        archived.Total.ShouldBe(6);
    }

    [Theory, BothProviders]
    public async Task The_public_map_kept_for_visitors_changes_with_the_next_published_or_archived_profile(DatabaseProvider provider)
    {
        await using var pool = await PoolAsync(provider);
        var minute = DateTime.UtcNow.Ticks / TimeSpan.TicksPerMinute;
        var first = await pool.Service.PublicMapAsync(new SkillsMapQuery(), "en");
        var again = await pool.Service.PublicMapAsync(new SkillsMapQuery(), "en");
        var sameMinute = DateTime.UtcNow.Ticks / TimeSpan.TicksPerMinute == minute;

        var added = await TestData.PublishAsync(pool.Consultants, pool.Alpha, TestData.Input("Person A7", pool.Kubernetes));
        var published = await pool.Service.PublicMapAsync(new SkillsMapQuery(), "en");
        await pool.Consultants.ArchiveAsync(pool.Alpha, [added]);
        var archived = await pool.Service.PublicMapAsync(new SkillsMapQuery(), "en");

        if (sameMinute)
        {
            again.ShouldBeSameAs(first); // kept, not counted again
        }

        published.Total.ShouldBe(first.Total + 1);
        archived.Total.ShouldBe(first.Total);
    }

    [Theory, BothProviders]
    public async Task Only_curators_read_the_curators_map(DatabaseProvider provider)
    {
        await using var pool = await PoolAsync(provider);

        await Should.ThrowAsync<ForbiddenAccessException>(() => pool.Service.CuratorMapAsync(pool.Alpha, new SkillsMapQuery(), "en"));
        await Should.ThrowAsync<ForbiddenAccessException>(() => pool.Service.CuratorMapAsync(ActingUser.Create("client", [Roles.ClientMember]), new SkillsMapQuery(), "en"));
        var client = pool.App.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        client.SignedInAs("member", [Roles.CompanyMember]);
        (await client.GetAsync("/admin/skills-map")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await client.GetAsync("/admin/skills-map/export.csv")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        var visitor = pool.App.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        (await visitor.GetAsync("/admin/skills-map/export.xlsx")).StatusCode.ShouldNotBe(HttpStatusCode.OK);
        (await visitor.GetAsync("/skills-map")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Theory, BothProviders]
    public async Task The_exports_hold_the_current_view_as_CSV_and_as_a_workbook_with_one_sheet_per_breakdown(DatabaseProvider provider)
    {
        await using var pool = await PoolAsync(provider);
        var curator = pool.App.CreateClient();
        curator.SignedInAs(TestData.Curator);
        curator.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en");
        var visitor = pool.App.CreateClient();
        visitor.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en");
        var filter = $"?skill={pool.Kubernetes}&lang=en&cefr=C1";

        var csv = Encoding.UTF8.GetString(await curator.GetByteArrayAsync("/admin/skills-map/export.csv" + filter));
        var xlsx = await curator.GetAsync("/admin/skills-map/export.xlsx" + filter);
        var publicCsv = Encoding.UTF8.GetString(await visitor.GetByteArrayAsync("/skills-map/export.csv"));
        var publicXlsx = await visitor.GetByteArrayAsync("/skills-map/export.xlsx");

        csv.ShouldContain("By member company\r\nMember company;Consultants\r\nAlpha;6\r\n");
        csv.ShouldContain("Junior (under 3 years);2\r\n");
        xlsx.Content.Headers.ContentType!.MediaType.ShouldBe(SkillsMapExport.XlsxContentType);
        using var workbook = new MemoryStream(await xlsx.Content.ReadAsByteArrayAsync());
        MiniExcel.GetSheetNames(workbook).ShouldBe(["Under Kubernetes", "By member company", "By seniority", "By language and level", "Weekly availability, 12 weeks"]);
        var companies = MiniExcel.Query(workbook, useHeaderRow: true, sheetName: "By member company").Cast<IDictionary<string, object>>().ToList();
        companies.Select(r => $"{r["Member company"]}={r["Consultants"]}").ShouldBe(["Alpha=6"]);
        publicCsv.ShouldNotContain("Alpha");
        publicCsv.ShouldNotContain("member company");
        publicCsv.ShouldContain("Junior (under 3 years);fewer than 5\r\n");
        using var publicWorkbook = new MemoryStream(publicXlsx);
        MiniExcel.GetSheetNames(publicWorkbook).ShouldNotContain("By member company");
        var seniority = MiniExcel.Query(publicWorkbook, useHeaderRow: true, sheetName: "By seniority").Cast<IDictionary<string, object>>().ToList();
        seniority.Select(r => r["Consultants"]).ShouldAllBe(v => Equals(v, "fewer than 5"));
    }

    private static string[] Counts(IEnumerable<SkillsMapCount> counts) => [.. counts.Select(c => $"{c.Label}={c.Count}")];

    private static SkillsMapWeek WeekOf(IReadOnlyList<SkillsMapWeek> weeks, DateOnly day) => weeks.Single(w => w.Start <= day && day <= w.Start.AddDays(6));

    /// <summary>
    /// Alpha (Kubernetes 4, en C1 + fr C2): A1 1 year and A2 2 years, now; A3 5 years, now; A4 6 years and A5 10 years, in two weeks;
    /// A6 20 years, from day 35 to day 50. Beta (Python, en B2): B1 4 years, now; B2 9 years, from day 70.
    /// Hidden: a draft, a stale profile and one of a suspended company, all with Kubernetes.
    /// </summary>
    private async Task<Pool> PoolAsync(DatabaseProvider provider)
    {
        var database = await Fixture.UseAsync(provider);
        var app = new TescForceWebApplicationFactory(database, environment: "Production", settings: TestAuthentication.Setting);
        var scope = app.Services.CreateAsyncScope();
        var consultants = scope.ServiceProvider.GetRequiredService<ConsultantService>();
        var ids = await TestData.SkillIdsAsync(database, "tescforce:kubernetes", "http://data.europa.eu/esco/skill/ccd0a1d9-afda-43d9-b901-96344886e14d");
        var (kubernetes, python) = (ids[0], ids[1]);
        var broader = await ExecuteDbContextAsync(database, db => db.SkillParentLinks.Where(l => l.ChildId == kubernetes && !l.Detached).Select(l => l.ParentId).FirstAsync());
        var (alphaCompany, alpha) = await TestData.InsertCompanyAsync(database, "Alpha");
        var (_, beta) = await TestData.InsertCompanyAsync(database, "Beta");
        var (suspendedCompany, suspended) = await TestData.InsertCompanyAsync(database, "Suspended");

        ConsultantInput Person(string name, int skill, int years, int from, int? until = null, bool english = false)
        {
            var input = TestData.Input($"Person {name}", skill);
            input.SeniorityYears = years;
            input.AvailableFrom = Today.AddDays(from);
            input.AvailableUntil = until is { } days ? Today.AddDays(days) : null;
            if (english)
            {
                input.Languages = [new LanguageInput { Code = "en", Level = CefrLevel.B2 }];
            }

            return input;
        }

        foreach (var input in new[] { Person("A1", kubernetes, 1, 0), Person("A2", kubernetes, 2, 0), Person("A3", kubernetes, 5, 0),
                     Person("A4", kubernetes, 6, 14), Person("A5", kubernetes, 10, 14), Person("A6", kubernetes, 20, 35, 50) })
        {
            await TestData.PublishAsync(consultants, alpha, input);
        }

        await TestData.PublishAsync(consultants, beta, Person("B1", python, 4, 0, english: true));
        await TestData.PublishAsync(consultants, beta, Person("B2", python, 9, 70, english: true));
        await consultants.CreateAsync(alpha, Person("Draft", kubernetes, 5, 0));
        var stale = await TestData.PublishAsync(consultants, alpha, Person("Stale", kubernetes, 5, 0));
        await TestData.PublishAsync(consultants, suspended, Person("Suspended", kubernetes, 5, 0));
        await ExecuteDbContextAsync(database, async db =>
        {
            (await db.Consultants.SingleAsync(c => c.Id == stale)).AvailabilityConfirmedAt = DateTime.UtcNow.AddDays(-30).AddMinutes(-1);
            (await db.MemberCompanies.SingleAsync(c => c.Id == suspendedCompany.Id)).Status = CompanyStatus.Suspended;
            return await db.SaveChangesAsync();
        });

        return new Pool(app, scope, alpha, alphaCompany.Id, kubernetes, broader);
    }

    private sealed class Pool(TescForceWebApplicationFactory app, AsyncServiceScope scope, ActingUser alpha, Guid alphaId, int kubernetes, int broader) : IAsyncDisposable
    {
        public TescForceWebApplicationFactory App => app;

        public AsyncServiceScope Scope => scope;

        public SkillsMapService Service => scope.ServiceProvider.GetRequiredService<SkillsMapService>();

        public ConsultantService Consultants => scope.ServiceProvider.GetRequiredService<ConsultantService>();

        public ActingUser Alpha => alpha;

        public Guid AlphaId => alphaId;

        public int Kubernetes => kubernetes;

        public int Broader => broader;

        public Task<SkillsMapResult> CuratorAsync(SkillsMapQuery query) => Service.CuratorMapAsync(TestData.Curator, query, "en");

        public async ValueTask DisposeAsync()
        {
            await scope.DisposeAsync();
            await app.DisposeAsync();
        }
    }
}
