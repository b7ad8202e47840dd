using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TescForce.Application.Audit;
using TescForce.Application.Common;
using TescForce.Application.Common.Persistence;
using TescForce.Application.Companies;
using TescForce.Application.Consultants;
using TescForce.Domain.Audit;
using TescForce.Domain.Companies;
using TescForce.Infrastructure.Data;
using TescForce.IntegrationTests.Infrastructure;

namespace TescForce.IntegrationTests.Audit;

/// <summary>The audit log: written with each change and only with it, readable by curators alone, kept for a while.</summary>
public sealed class AuditLogTests(DatabaseFixture fixture) : IntegrationTest(fixture)
{
    [Theory, BothProviders]
    public async Task A_company_approval_writes_one_entry_naming_the_curator_with_the_status_before_and_after(DatabaseProvider provider)
    {
        await using var context = await ContextAsync(provider);
        var (company, _) = await TestData.InsertCompanyAsync(context.Database, "Aerosoft", CompanyStatus.Pending);

        await context.Companies.ApproveAsync(TestData.Curator, company.Id);

        var entry = (await context.Audit.SearchAsync(TestData.Curator, new AuditQuery(), new PageRequest())).Items.ShouldHaveSingleItem();
        entry.ActorId.ShouldBe(TestData.Curator.UserId);
        entry.Action.ShouldBe(AuditActions.StatusChanged);
        entry.ObjectType.ShouldBe(AuditObjectTypes.Company);
        entry.ObjectId.ShouldBe(company.Id.ToString());
        entry.Summary.ShouldBe("Pending → Approved");
        entry.Changes.Single(c => c.Property == "Status").ShouldBe(new AuditChange("Status", "Pending", "Approved"));
    }

    [Theory, BothProviders]
    public async Task A_consultant_edit_records_only_the_fields_that_changed(DatabaseProvider provider)
    {
        await using var context = await ContextAsync(provider);
        var (_, member) = await TestData.InsertCompanyAsync(context.Database, "Aerosoft");
        var skills = await TestData.SkillIdsAsync(context.Database, "tescforce:kubernetes", "tescforce:do-178c");
        var id = await context.Consultants.CreateAsync(member, TestData.Input("Louise Garnier", skills[0]));
        var input = (await context.Consultants.GetAsync(member, id)).Input;

        input.DailyRateEur = 700;
        input.FullName = "Louise Garnier-Roux";
        input.Skills.Add(new SkillInput { SkillTagId = skills[1], Level = 3, Years = 2 });
        await context.Consultants.UpdateAsync(member, id, input);

        var entries = (await context.Audit.SearchAsync(TestData.Curator, new AuditQuery { ObjectId = id.ToString() }, new PageRequest())).Items;
        entries.Select(e => e.Action).ShouldBe([AuditActions.Updated, AuditActions.Created]);
        var changes = entries[0].Changes.ToDictionary(c => c.Property);
        // An edit by the company is also an active contact for retention (ADR 0018): the log shows the clock was reset.
        changes.Keys.Order().ShouldBe(["DailyRateEur", "FullName", "LastActiveContactAt", "Skills"]);
        changes["DailyRateEur"].ShouldBe(new AuditChange("DailyRateEur", "650", "700"));
        changes["FullName"].ShouldBe(new AuditChange("FullName", "•••", "•••"), "the private identity is never copied into the log");
        changes["Skills"].Before.ShouldBeEmpty();
        changes["Skills"].After.ShouldBe($"SkillTagId={skills[1]}, Level=3, Years=2");
        entries[0].ActorId.ShouldBe(member.UserId);
    }

    [Theory, BothProviders]
    public async Task A_save_refused_by_the_database_leaves_no_entry(DatabaseProvider provider)
    {
        await using var context = await ContextAsync(provider);
        var (company, member) = await TestData.InsertCompanyAsync(context.Database, "Aerosoft", CompanyStatus.Pending);
        await using var slow = await context.DbFactory.CreateAsync(member);
        var stale = await slow.MemberCompanies.SingleAsync(c => c.Id == company.Id);
        await context.Companies.ApproveAsync(TestData.Curator, company.Id);

        stale.City = "Albi";
        await Should.ThrowAsync<ConcurrencyConflictException>(() => slow.SaveChangesAsync());

        var entries = await ExecuteDbContextAsync(context.Database, db => db.AuditEntries.ToListAsync());
        entries.ShouldHaveSingleItem().ActorId.ShouldBe(TestData.Curator.UserId);
    }

    [Theory, BothProviders]
    public async Task A_change_saved_without_an_actor_is_refused_and_nothing_is_written(DatabaseProvider provider)
    {
        await using var context = await ContextAsync(provider);
        var (company, _) = await TestData.InsertCompanyAsync(context.Database, "Aerosoft");
        await using var anonymous = await context.DbFactory.CreateAsync();
        (await anonymous.MemberCompanies.SingleAsync(c => c.Id == company.Id)).City = "Albi";

        await Should.ThrowAsync<InvalidOperationException>(() => anonymous.SaveChangesAsync());

        (await ExecuteDbContextAsync(context.Database, db => db.MemberCompanies.SingleAsync(c => c.Id == company.Id))).City.ShouldBe("Toulouse");
        (await CountAsync<AuditEntry>(context.Database)).ShouldBe(0);
    }

    [Theory, BothProviders]
    public async Task Each_time_a_curator_opens_a_private_identity_is_recorded_and_the_company_s_own_views_are_not(DatabaseProvider provider)
    {
        await using var context = await ContextAsync(provider);
        var (_, member) = await TestData.InsertCompanyAsync(context.Database, "Aerosoft");
        var skills = await TestData.SkillIdsAsync(context.Database, "tescforce:kubernetes");
        var id = await context.Consultants.CreateAsync(member, TestData.Input("Louise Garnier", skills));

        var details = await context.Consultants.GetAsync(TestData.Curator, id);
        await context.Consultants.GetAsync(TestData.Curator, id);
        await context.Consultants.GetAsync(member, id);

        var views = (await context.Audit.SearchAsync(TestData.Curator, new AuditQuery { Action = AuditActions.IdentityViewed }, new PageRequest())).Items;
        views.Count.ShouldBe(2);
        views.ShouldAllBe(v => v.ActorId == TestData.Curator.UserId && v.ObjectId == id.ToString() && v.Summary == details.Reference);
    }

    [Theory, BothProviders]
    public async Task The_log_filters_by_object_person_date_and_text_and_pages(DatabaseProvider provider)
    {
        await using var context = await ContextAsync(provider);
        var other = ActingUser.Create("curator-2", [Domain.Identity.Roles.Curator]);
        var companies = new List<Guid>();
        foreach (var name in new[] { "Alpha", "Bravo", "Charlie" })
        {
            var (company, _) = await TestData.InsertCompanyAsync(context.Database, name, CompanyStatus.Pending);
            companies.Add(company.Id);
        }

        await context.Companies.ApproveAsync(TestData.Curator, companies[0]);
        await context.Companies.ApproveAsync(TestData.Curator, companies[1]);
        await context.Companies.RejectAsync(other, companies[2], "No SIREN match at INSEE");
        var today = DateOnly.FromDateTime(DateTime.UtcNow);

        async Task<PagedResult<AuditEntryView>> Search(AuditQuery query, PageRequest? page = null) =>
            await context.Audit.SearchAsync(TestData.Curator, query, page ?? new PageRequest());

        (await Search(new AuditQuery { ObjectType = AuditObjectTypes.Company })).TotalCount.ShouldBe(3);
        (await Search(new AuditQuery { ObjectType = AuditObjectTypes.Consultant })).TotalCount.ShouldBe(0);
        (await Search(new AuditQuery { ObjectId = companies[1].ToString().ToUpperInvariant() })).Items.ShouldHaveSingleItem();
        (await Search(new AuditQuery { Person = "curator-2" })).Items.ShouldHaveSingleItem().ObjectId.ShouldBe(companies[2].ToString());
        (await Search(new AuditQuery { Text = "insee" })).Items.ShouldHaveSingleItem().Summary.ShouldBe("Pending → Rejected: No SIREN match at INSEE");
        (await Search(new AuditQuery { From = today.AddDays(-1), To = today.AddDays(1) })).TotalCount.ShouldBe(3);
        (await Search(new AuditQuery { To = today.AddDays(-1) })).TotalCount.ShouldBe(0);
        (await Search(new AuditQuery { From = today.AddDays(1) })).TotalCount.ShouldBe(0);
        var page = await Search(new AuditQuery(), new PageRequest(2, 2));
        page.TotalCount.ShouldBe(3);
        page.Items.Count.ShouldBe(1);
    }

    [Theory, BothProviders]
    public async Task Only_curators_read_or_export_the_log(DatabaseProvider provider)
    {
        await using var context = await ContextAsync(provider);
        var (_, member) = await TestData.InsertCompanyAsync(context.Database, "Aerosoft");

        await Should.ThrowAsync<ForbiddenAccessException>(() => context.Audit.SearchAsync(member, new AuditQuery(), new PageRequest()));
        await Should.ThrowAsync<ForbiddenAccessException>(() => context.Audit.ExportCsvAsync(member, new AuditQuery()));
    }

    [Theory, BothProviders]
    public async Task Retention_deletes_only_the_entries_older_than_the_period(DatabaseProvider provider)
    {
        await using var context = await ContextAsync(provider);
        var now = DateTime.UtcNow;
        await InsertAsync(context.Database,
            Entry("old", now.AddDays(-731)), Entry("recent", now.AddDays(-729)), Entry("today", now));

        var deleted = await context.Audit.DeleteExpiredAsync();

        deleted.ShouldBe(1);
        (await ExecuteDbContextAsync(context.Database, db => db.AuditEntries.Select(e => e.ObjectId).OrderBy(o => o).ToListAsync()))
            .ShouldBe(["recent", "today"]);
    }

    [Theory, BothProviders]
    public async Task The_export_lists_the_filtered_entries_with_their_changes(DatabaseProvider provider)
    {
        await using var context = await ContextAsync(provider);
        var (company, _) = await TestData.InsertCompanyAsync(context.Database, "Aerosoft", CompanyStatus.Pending);
        await context.Companies.RejectAsync(TestData.Curator, company.Id, "Unknown; please call");

        var csv = await context.Audit.ExportCsvAsync(TestData.Curator, new AuditQuery { ObjectType = AuditObjectTypes.Company });

        var lines = csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        lines[0].ShouldBe("at_utc;actor_id;actor_name;action;object_type;object_id;summary;changes");
        lines.Length.ShouldBe(2);
        lines[1].ShouldContain($";curator;;StatusChanged;Company;{company.Id};\"Pending → Rejected: Unknown; please call\";");
        lines[1].ShouldContain("Status: Pending → Rejected");
    }

    private static AuditEntry Entry(string objectId, DateTime at) => new()
    {
        At = at, ActorId = "curator", Action = AuditActions.Updated, ObjectType = AuditObjectTypes.Company, ObjectId = objectId,
    };

    private async Task<TestContext> ContextAsync(DatabaseProvider provider)
    {
        var database = await Fixture.UseAsync(provider);
        var app = new TescForceWebApplicationFactory(database, environment: "Production");
        var scope = app.Services.CreateAsyncScope();
        return new TestContext(database, app, scope);
    }

    private sealed class TestContext(TestDatabase database, TescForceWebApplicationFactory app, AsyncServiceScope scope) : IAsyncDisposable
    {
        public TestDatabase Database { get; } = database;

        public AuditLogService Audit => scope.ServiceProvider.GetRequiredService<AuditLogService>();

        public CompanyService Companies => scope.ServiceProvider.GetRequiredService<CompanyService>();

        public ConsultantService Consultants => scope.ServiceProvider.GetRequiredService<ConsultantService>();

        public IAppDbFactory DbFactory => scope.ServiceProvider.GetRequiredService<IAppDbFactory>();

        public async ValueTask DisposeAsync()
        {
            await scope.DisposeAsync();
            await app.DisposeAsync();
        }
    }
}
