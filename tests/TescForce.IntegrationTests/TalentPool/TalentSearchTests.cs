using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TescForce.Application.Common;
using TescForce.Application.Companies;
using TescForce.Application.Consultants;
using TescForce.Application.TalentPool;
using TescForce.Domain.Companies;
using TescForce.Domain.Consultants;
using TescForce.Domain.Identity;
using TescForce.Infrastructure.Data;
using TescForce.IntegrationTests.Infrastructure;
using TescForce.Matching.Queries;

namespace TescForce.IntegrationTests.TalentPool;

/// <summary>
/// The anonymous search of the pool: filters, faceted counts (each computed with the other filters),
/// visibility, who may search, and paging. The pool: four visible profiles A–D and three hidden ones.
/// </summary>
public sealed class TalentSearchTests(DatabaseFixture fixture) : IntegrationTest(fixture)
{
    private static readonly DateOnly Today = DateOnly.FromDateTime(DateTime.UtcNow);

    [Theory, BothProviders]
    public async Task Each_filter_narrows_the_results_and_a_skill_also_matches_its_narrower_skills(DatabaseProvider provider)
    {
        await using var pool = await PoolAsync(provider);

        (await pool.RefsAsync(new TalentSearchQuery { SkillId = pool.Kubernetes })).ShouldBe(["A", "B"]);
        (await pool.RefsAsync(new TalentSearchQuery { SkillId = pool.Broader })).ShouldBe(["A", "B", "C"]);
        (await pool.RefsAsync(new TalentSearchQuery { SkillId = pool.Broader, MinSkillLevel = 4 })).ShouldBe(["A", "C"]);
        (await pool.RefsAsync(new TalentSearchQuery { Seniority = SeniorityBand.Junior })).ShouldBe(["B"]);
        (await pool.RefsAsync(new TalentSearchQuery { AvailableWithinWeeks = 0 })).ShouldBe(["A", "D"]);
        (await pool.RefsAsync(new TalentSearchQuery { AvailableWithinWeeks = 4 })).ShouldBe(["A", "B", "D"]);
        (await pool.RefsAsync(new TalentSearchQuery { AvailableBy = Today.AddDays(60), AvailableWithinWeeks = 4 })).ShouldBe(["A", "B", "D"]);
        (await pool.RefsAsync(new TalentSearchQuery { LanguageCode = "EN", MinLanguageLevel = CefrLevel.C1 })).ShouldBe(["A", "C"]);
        (await pool.RefsAsync(new TalentSearchQuery { LanguageCode = "de" })).ShouldBe(["C"]);
    }

    [Theory, BothProviders]
    public async Task Each_facet_counts_the_results_of_its_values_with_the_other_filters_applied(DatabaseProvider provider)
    {
        await using var pool = await PoolAsync(provider);

        var broad = (await pool.SearchAsync(new TalentSearchQuery { SkillId = pool.Broader, LanguageCode = "en" })).Facets;
        var expert = (await pool.SearchAsync(new TalentSearchQuery { SkillId = pool.Broader, LanguageCode = "en", Seniority = SeniorityBand.Expert })).Facets;

        Counts(broad.Seniority).ShouldBe(["Junior=1", "Confirmed=0", "Senior=1", "Expert=1"]);
        Counts(broad.AvailableWithinWeeks).ShouldBe(["0=1", "4=2", "12=3"]);
        Counts(broad.Languages).ShouldBe(["en=3", "de=1", "fr=1"]);
        Counts(broad.MinSkillLevels).ShouldBe(["1=3", "2=3", "3=3", "4=2", "5=1"]);
        Counts(expert.Seniority).ShouldBe(["Junior=1", "Confirmed=0", "Senior=1", "Expert=1"]);
        Counts(expert.AvailableWithinWeeks).ShouldBe(["0=1", "4=1", "12=1"]);
        Counts(expert.Languages).ShouldBe(["en=1", "fr=1"]);
        Counts(expert.MinSkillLevels).ShouldBe(["1=1", "2=1", "3=1", "4=1", "5=1"]);
    }

    [Theory, BothProviders]
    public async Task Hidden_profiles_are_never_found_nor_counted_and_cards_carry_no_identity(DatabaseProvider provider)
    {
        await using var pool = await PoolAsync(provider);

        var all = await pool.SearchAsync(new TalentSearchQuery { Page = new PageRequest(1, 100) });
        var kubernetes = await pool.SearchAsync(new TalentSearchQuery { SkillId = pool.Kubernetes });

        pool.Names(all.Cards.Items).Skip(2).ShouldBe(["B", "C"]); // soonest available first; A and D, both available now, before
        all.Cards.TotalCount.ShouldBe(4);
        all.Facets.Seniority.Sum(f => f.Count).ShouldBe(4);
        all.Facets.MinSkillLevels.ShouldBeEmpty();
        kubernetes.Cards.TotalCount.ShouldBe(2);
        typeof(ConsultantCard).GetProperties().Select(p => p.Name)
            .ShouldNotContain(name => name.Contains("Name", StringComparison.Ordinal) || name.Contains("Email", StringComparison.Ordinal) || name.Contains("Company", StringComparison.Ordinal));
    }

    [Theory, BothProviders]
    public async Task A_profile_published_or_archived_after_a_search_shows_in_the_next_one(DatabaseProvider provider)
    {
        await using var pool = await PoolAsync(provider);
        var before = await pool.SearchAsync(new TalentSearchQuery { SkillId = pool.Kubernetes });

        var added = await TestData.PublishAsync(pool.Consultants, pool.Member, TestData.Input("Person E", pool.Kubernetes));
        var withE = await pool.SearchAsync(new TalentSearchQuery { SkillId = pool.Kubernetes });
        await pool.Consultants.ArchiveAsync(pool.Member, [added]);
        var after = await pool.SearchAsync(new TalentSearchQuery { SkillId = pool.Kubernetes });

        before.Cards.TotalCount.ShouldBe(2);
        withE.Cards.TotalCount.ShouldBe(3);
        withE.Facets.Seniority.Sum(f => f.Count).ShouldBe(3);
        after.Cards.TotalCount.ShouldBe(2);
    }

    [Theory, BothProviders]
    public async Task A_company_approved_again_after_a_search_brings_its_profiles_back_in_the_next_one(DatabaseProvider provider)
    {
        await using var pool = await PoolAsync(provider);
        var before = await pool.SearchAsync(new TalentSearchQuery());

        await pool.Companies.ApproveAsync(TestData.Curator, pool.SuspendedCompanyId);
        var after = await pool.SearchAsync(new TalentSearchQuery());

        before.Cards.TotalCount.ShouldBe(4);
        after.Cards.TotalCount.ShouldBe(5);
    }

    [Theory, BothProviders]
    public async Task Company_members_and_users_without_a_role_may_not_search(DatabaseProvider provider)
    {
        await using var pool = await PoolAsync(provider);

        await Should.ThrowAsync<ForbiddenAccessException>(() => pool.Service.SearchAsync(pool.Member, new TalentSearchQuery()));
        await Should.ThrowAsync<ForbiddenAccessException>(() => pool.Service.SearchAsync(ActingUser.Create("nobody", []), new TalentSearchQuery()));
        (await pool.Service.SearchAsync(TestData.Curator, new TalentSearchQuery())).Cards.TotalCount.ShouldBe(4);
    }

    [Theory]
    [InlineData(Roles.CompanyMember, HttpStatusCode.Forbidden)]
    [InlineData(null, HttpStatusCode.Redirect)]
    public async Task The_talent_page_is_refused_to_company_members_and_sends_visitors_to_the_login(string? role, HttpStatusCode expected)
    {
        var database = await Fixture.UseAsync(DatabaseProvider.Sqlite);
        await using var app = new TescForceWebApplicationFactory(database, environment: "Production", settings: TestAuthentication.Setting);
        var client = app.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        if (role is not null)
        {
            client.SignedInAs("someone", [role]);
        }

        var response = await client.GetAsync("/talent");

        // The test scheme answers 403 to a signed-in user without the role; a visitor meets the cookie scheme, which redirects to the login.
        response.StatusCode.ShouldBe(expected);
        if (role is null)
        {
            response.Headers.Location.ShouldNotBeNull().ToString().ShouldContain("Account/Login");
        }
    }

    [Theory, BothProviders]
    public async Task Pages_are_bounded_and_invalid_filters_are_refused(DatabaseProvider provider)
    {
        await using var pool = await PoolAsync(provider);

        var second = await pool.SearchAsync(new TalentSearchQuery { Page = new PageRequest(2, 3) });
        var beyond = await pool.SearchAsync(new TalentSearchQuery { Page = new PageRequest(9, 3) });
        var huge = await pool.SearchAsync(new TalentSearchQuery { Page = new PageRequest(0, 5000) });

        pool.Names(second.Cards.Items).ShouldBe(["C"]);
        second.Cards.PageCount.ShouldBe(2);
        beyond.Cards.Items.ShouldBeEmpty();
        beyond.Cards.TotalCount.ShouldBe(4);
        huge.Cards.Request.PageSize.ShouldBe(PageRequest.MaxPageSize);
        huge.Cards.Request.Page.ShouldBe(1);
        await Should.ThrowAsync<ValidationFailedException>(() => pool.SearchAsync(new TalentSearchQuery { SkillId = pool.Kubernetes, MinSkillLevel = 6 }));
        await Should.ThrowAsync<ValidationFailedException>(() => pool.SearchAsync(new TalentSearchQuery { MinSkillLevel = 3 }));
        await Should.ThrowAsync<ValidationFailedException>(() => pool.SearchAsync(new TalentSearchQuery { MinLanguageLevel = CefrLevel.B2 }));
        await Should.ThrowAsync<ValidationFailedException>(() => pool.SearchAsync(new TalentSearchQuery { AvailableWithinWeeks = -1 }));
        await Should.ThrowAsync<ValidationFailedException>(() => pool.SearchAsync(new TalentSearchQuery { SkillId = int.MaxValue }));
    }

    private static string[] Counts<T>(IEnumerable<FacetCount<T>> facets) => [.. facets.Select(f => $"{f.Value}={f.Count}")];

    /// <summary>
    /// A: Kubernetes 5, 15 years, now, en C1 + fr C2. B: Kubernetes 3, 2 years, in 3 weeks, en B2.
    /// C: Kubernetes's broader skill 4, 10 years, in 8 weeks, de C1 + en C2. D: Python 4, 5 years, now, fr C2.
    /// Hidden: a draft, a stale profile and one of a suspended company, all with Kubernetes 5 and English.
    /// </summary>
    private async Task<Pool> PoolAsync(DatabaseProvider provider)
    {
        var database = await Fixture.UseAsync(provider);
        var app = new TescForceWebApplicationFactory(database, environment: "Production");
        var scope = app.Services.CreateAsyncScope();
        var consultants = scope.ServiceProvider.GetRequiredService<ConsultantService>();
        var ids = await TestData.SkillIdsAsync(database, "tescforce:kubernetes", "http://data.europa.eu/esco/skill/ccd0a1d9-afda-43d9-b901-96344886e14d");
        var (kubernetes, python) = (ids[0], ids[1]);
        var broader = await ExecuteDbContextAsync(database, db => db.SkillParentLinks.Where(l => l.ChildId == kubernetes && !l.Detached).Select(l => l.ParentId).FirstAsync());
        var (_, member) = await TestData.InsertCompanyAsync(database, "Pool");
        var (suspendedCompany, suspended) = await TestData.InsertCompanyAsync(database, "Suspended later");

        ConsultantInput Person(string name, int skill, int level, int years, int inDays, params (string Code, CefrLevel Level)[] languages)
        {
            var input = TestData.Input($"Person {name}");
            input.Headline = $"Engineer {name}";
            input.SeniorityYears = years;
            input.AvailableFrom = Today.AddDays(inDays);
            input.Skills = [new SkillInput { SkillTagId = skill, Level = level, Years = Math.Min(years, 2) }];
            input.Languages = [.. languages.Select(l => new LanguageInput { Code = l.Code, Level = l.Level })];
            return input;
        }

        var references = new Dictionary<string, string>();
        foreach (var (name, input) in new[]
        {
            ("A", Person("A", kubernetes, 5, 15, 0, ("en", CefrLevel.C1), ("fr", CefrLevel.C2))),
            ("B", Person("B", kubernetes, 3, 2, 21, ("en", CefrLevel.B2))),
            ("C", Person("C", broader, 4, 10, 56, ("de", CefrLevel.C1), ("en", CefrLevel.C2))),
            ("D", Person("D", python, 4, 5, 0, ("fr", CefrLevel.C2))),
        })
        {
            var id = await TestData.PublishAsync(consultants, member, input);
            references[(await consultants.GetAsync(member, id)).Reference] = name;
        }

        await consultants.CreateAsync(member, Person("Draft", kubernetes, 5, 15, 0, ("en", CefrLevel.C2)));
        var stale = await TestData.PublishAsync(consultants, member, Person("Stale", kubernetes, 5, 15, 0, ("en", CefrLevel.C2)));
        await TestData.PublishAsync(consultants, suspended, Person("Suspended", kubernetes, 5, 15, 0, ("en", CefrLevel.C2)));
        await ExecuteDbContextAsync(database, async db =>
        {
            (await db.Consultants.SingleAsync(c => c.Id == stale)).AvailabilityConfirmedAt = DateTime.UtcNow.AddDays(-30).AddMinutes(-1);
            (await db.MemberCompanies.SingleAsync(c => c.Id == suspendedCompany.Id)).Status = CompanyStatus.Suspended;
            return await db.SaveChangesAsync();
        });

        return new Pool(app, scope, member, references, kubernetes, broader, suspendedCompany.Id);
    }

    private sealed class Pool(TescForceWebApplicationFactory app, AsyncServiceScope scope, ActingUser member, Dictionary<string, string> names,
        int kubernetes, int broader, Guid suspendedCompanyId) : IAsyncDisposable
    {
        public TalentPoolService Service => scope.ServiceProvider.GetRequiredService<TalentPoolService>();

        public ConsultantService Consultants => scope.ServiceProvider.GetRequiredService<ConsultantService>();

        public CompanyService Companies => scope.ServiceProvider.GetRequiredService<CompanyService>();

        public Guid SuspendedCompanyId => suspendedCompanyId;

        public ActingUser Member => member;

        public ActingUser Client { get; } = ActingUser.Create("client", [Roles.ClientMember], clientId: Guid.NewGuid());

        public int Kubernetes => kubernetes;

        public int Broader => broader;

        public Task<TalentSearchResult> SearchAsync(TalentSearchQuery query) => Service.SearchAsync(Client, query);

        /// <summary>The names (A–D) of every result, sorted.</summary>
        public async Task<string[]> RefsAsync(TalentSearchQuery query) =>
            [.. Names((await SearchAsync(query with { Page = new PageRequest(1, 100) })).Cards.Items).Order(StringComparer.Ordinal)];

        public string[] Names(IEnumerable<ConsultantCard> cards) => [.. cards.Select(c => names.GetValueOrDefault(c.Reference, c.Reference))];

        public async ValueTask DisposeAsync()
        {
            await scope.DisposeAsync();
            await app.DisposeAsync();
        }
    }
}
