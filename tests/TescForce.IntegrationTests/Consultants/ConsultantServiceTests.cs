using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TescForce.Application.Common;
using TescForce.Application.Consultants;
using TescForce.Domain.Common;
using TescForce.Domain.Companies;
using TescForce.Domain.Consultants;
using TescForce.Infrastructure.Data;
using TescForce.IntegrationTests.Infrastructure;

namespace TescForce.IntegrationTests.Consultants;

public sealed class ConsultantServiceTests(DatabaseFixture fixture) : IntegrationTest(fixture)
{
    private const string Kubernetes = "tescforce:kubernetes";
    private const string Do178 = "tescforce:do-178c";

    private async Task<(TescForceWebApplicationFactory App, TestDatabase Db, ConsultantService Service, int[] Skills)> StartAsync(DatabaseProvider provider)
    {
        var database = await Fixture.UseAsync(provider);
        var app = new TescForceWebApplicationFactory(database, environment: "Production");
        var service = app.Services.GetRequiredService<IServiceScopeFactory>().CreateScope().ServiceProvider.GetRequiredService<ConsultantService>();
        return (app, database, service, await TestData.SkillIdsAsync(database, Kubernetes, Do178));
    }

    [Theory, BothProviders]
    public async Task A_member_creates_and_edits_a_draft_of_their_company(DatabaseProvider provider)
    {
        var (app, database, service, skills) = await StartAsync(provider);
        await using var _ = app;
        var (company, member) = await TestData.InsertCompanyAsync(database, "Aerosoft");

        var id = await service.CreateAsync(member, TestData.Input("Louise Garnier", skills));
        var created = await service.GetAsync(member, id);
        created.Input.Headline = "Lead flight software engineer";
        created.Input.Skills.RemoveAll(s => s.SkillTagId == skills[0]);
        await service.UpdateAsync(member, id, created.Input);
        var updated = await service.GetAsync(member, id);

        created.Status.ShouldBe(ConsultantStatus.Draft);
        created.CompanyId.ShouldBe(company.Id);
        ConsultantReference.IsWellFormed(created.Reference).ShouldBeTrue(created.Reference);
        updated.Input.Headline.ShouldBe("Lead flight software engineer");
        updated.Input.Skills.Select(s => s.SkillTagId).ShouldBe([skills[1]]);
        updated.Input.Version.ShouldBe(created.Input.Version + 1);
    }

    [Theory, BothProviders]
    public async Task Every_read_and_write_on_another_companys_consultant_is_refused(DatabaseProvider provider)
    {
        var (app, database, service, skills) = await StartAsync(provider);
        await using var _ = app;
        var (_, memberA) = await TestData.InsertCompanyAsync(database, "A");
        var (_, memberB) = await TestData.InsertCompanyAsync(database, "B");
        var ofB = await service.CreateAsync(memberB, TestData.Input("Bernard Secret", skills));
        var input = (await service.GetAsync(memberB, ofB)).Input;
        input.FullName = "Stolen";

        await Should.ThrowAsync<NotFoundException>(() => service.GetAsync(memberA, ofB));
        await Should.ThrowAsync<NotFoundException>(() => service.UpdateAsync(memberA, ofB, input));
        await Should.ThrowAsync<NotFoundException>(() => service.RecordConsentAsync(memberA, ofB, DateOnly.FromDateTime(DateTime.UtcNow), "Signed form"));
        await Should.ThrowAsync<ForbiddenAccessException>(() => service.SubmitAsync(memberA, [ofB]));
        await Should.ThrowAsync<ForbiddenAccessException>(() => service.ConfirmAvailabilityAsync(memberA, [ofB]));
        await Should.ThrowAsync<ForbiddenAccessException>(() => service.ArchiveAsync(memberA, [ofB]));
        await Should.ThrowAsync<ForbiddenAccessException>(() => service.PublishAsync(memberA, ofB));
        var listOfA = await service.ListAsync(memberA, new ConsultantQuery(new PageRequest(), CompanyId: (await service.GetAsync(memberB, ofB)).CompanyId));

        listOfA.TotalCount.ShouldBe(0);
        var stored = await ExecuteDbContextAsync(database, db => db.Consultants.SingleAsync(c => c.Id == ofB));
        stored.FullName.ShouldBe("Bernard Secret");
        stored.Status.ShouldBe(ConsultantStatus.Draft);
        stored.ConsentRecordedAt.ShouldBeNull();
    }

    [Theory, BothProviders]
    public async Task The_second_of_two_concurrent_edits_gets_a_conflict_and_overwrites_nothing(DatabaseProvider provider)
    {
        var (app, database, service, skills) = await StartAsync(provider);
        await using var _ = app;
        var (_, member) = await TestData.InsertCompanyAsync(database, "Aerosoft");
        var id = await service.CreateAsync(member, TestData.Input("Louise Garnier", skills));
        var first = (await service.GetAsync(member, id)).Input;
        var second = (await service.GetAsync(member, id)).Input;

        first.DailyRateEur = 700;
        await service.UpdateAsync(member, id, first);
        second.DailyRateEur = 500;
        await Should.ThrowAsync<ConcurrencyConflictException>(() => service.UpdateAsync(member, id, second));

        (await service.GetAsync(member, id)).Input.DailyRateEur.ShouldBe(700);
    }

    [Theory, BothProviders]
    public async Task The_database_itself_refuses_a_save_based_on_an_outdated_version(DatabaseProvider provider)
    {
        var (app, database, service, skills) = await StartAsync(provider);
        await using var _ = app;
        var (_, member) = await TestData.InsertCompanyAsync(database, "Aerosoft");
        var id = await service.CreateAsync(member, TestData.Input("Louise Garnier", skills));
        await using var slow = database.CreateDbContext();
        var stale = await slow.Consultants.SingleAsync(c => c.Id == id);

        var fresh = (await service.GetAsync(member, id)).Input;
        fresh.City = "Blagnac";
        await service.UpdateAsync(member, id, fresh);
        stale.City = "Albi";

        await Should.ThrowAsync<ConcurrencyConflictException>(() => slow.SaveChangesAsync());
        (await service.GetAsync(member, id)).Input.City.ShouldBe("Blagnac");
    }

    [Theory, BothProviders]
    public async Task A_profile_goes_from_draft_to_published_through_consent_submission_and_a_curators_review(DatabaseProvider provider)
    {
        var (app, database, service, skills) = await StartAsync(provider);
        await using var _ = app;
        var (_, member) = await TestData.InsertCompanyAsync(database, "Aerosoft");
        var id = await service.CreateAsync(member, TestData.Input("Louise Garnier", skills));

        var withoutConsent = await service.SubmitAsync(member, [id]);
        await service.RecordConsentAsync(member, id, DateOnly.FromDateTime(DateTime.UtcNow.AddDays(-2)), "Signed consent form");
        var submitted = await service.SubmitAsync(member, [id]);
        await Should.ThrowAsync<ForbiddenAccessException>(() => service.PublishAsync(member, id));
        await service.PublishAsync(TestData.Curator, id);

        withoutConsent.Succeeded.ShouldBe(0);
        withoutConsent.Failures.Single().Message.ShouldContain("consent");
        submitted.Succeeded.ShouldBe(1);
        (await service.GetAsync(TestData.Curator, id)).Status.ShouldBe(ConsultantStatus.Published);
    }

    [Theory, BothProviders]
    public async Task A_pending_company_prepares_and_submits_profiles_but_none_can_be_published(DatabaseProvider provider)
    {
        var (app, database, service, skills) = await StartAsync(provider);
        await using var _ = app;
        var (_, member) = await TestData.InsertCompanyAsync(database, "Newcomer", CompanyStatus.Pending);
        var id = await service.CreateAsync(member, TestData.Input("Louise Garnier", skills));
        await service.RecordConsentAsync(member, id, DateOnly.FromDateTime(DateTime.UtcNow), "Signed consent form");
        await service.SubmitAsync(member, [id]);

        var refused = await Should.ThrowAsync<DomainException>(() => service.PublishAsync(TestData.Curator, id));
        await service.RejectAsync(TestData.Curator, id, "Please detail the DO-178C experience.");

        refused.Code.ShouldBe("consultant.company-pending");
        var rejected = await service.GetAsync(member, id);
        rejected.Status.ShouldBe(ConsultantStatus.Rejected);
        rejected.RejectionReason.ShouldBe("Please detail the DO-178C experience.");
    }

    [Theory, BothProviders]
    public async Task A_curator_publishes_a_batch_and_profiles_of_unapproved_companies_are_left_out_with_a_reason(DatabaseProvider provider)
    {
        var (app, database, service, skills) = await StartAsync(provider);
        await using var _ = app;
        var (_, approved) = await TestData.InsertCompanyAsync(database, "Approved");
        var (_, pending) = await TestData.InsertCompanyAsync(database, "Pending", CompanyStatus.Pending);
        var ids = new List<Guid>();
        foreach (var (member, name) in new[] { (approved, "One"), (approved, "Two"), (pending, "Three") })
        {
            var id = await service.CreateAsync(member, TestData.Input(name, skills));
            await service.RecordConsentAsync(member, id, DateOnly.FromDateTime(DateTime.UtcNow), "Signed consent form");
            await service.SubmitAsync(member, [id]);
            ids.Add(id);
        }

        await Should.ThrowAsync<ForbiddenAccessException>(() => service.PublishManyAsync(approved, ids));
        var result = await service.PublishManyAsync(TestData.Curator, ids);

        result.Succeeded.ShouldBe(2);
        result.Failures.Single().Id.ShouldBe(ids[2]);
        (await service.GetAsync(pending, ids[2])).Status.ShouldBe(ConsultantStatus.Submitted);
    }

    [Theory, BothProviders]
    public async Task Stale_and_soon_stale_profiles_are_found_and_one_click_confirms_them(DatabaseProvider provider)
    {
        var (app, database, service, skills) = await StartAsync(provider);
        await using var _ = app;
        var (_, member) = await TestData.InsertCompanyAsync(database, "Aerosoft");
        var stale = await service.CreateAsync(member, TestData.Input("Old Timer", skills));
        var soon = await service.CreateAsync(member, TestData.Input("Soon Stale", skills));
        await service.CreateAsync(member, TestData.Input("Fresh Face", skills));
        await ExecuteDbContextAsync(database, async db =>
        {
            (await db.Consultants.SingleAsync(c => c.Id == stale)).AvailabilityConfirmedAt = DateTime.UtcNow.AddDays(-31);
            (await db.Consultants.SingleAsync(c => c.Id == soon)).AvailabilityConfirmedAt = DateTime.UtcNow.AddDays(-25);
            return await db.SaveChangesAsync();
        });

        var staleList = await service.ListAsync(member, new ConsultantQuery(new PageRequest(), Freshness: FreshnessState.Stale));
        var soonList = await service.ListAsync(member, new ConsultantQuery(new PageRequest(), Freshness: FreshnessState.StaleSoon));
        var counts = await service.CountFreshnessAsync(member);
        await service.ConfirmAvailabilityAsync(member, [stale, soon]);

        staleList.Items.Select(i => i.FullName).ShouldBe(["Old Timer"]);
        soonList.Items.Select(i => i.FullName).ShouldBe(["Soon Stale"]);
        counts.ShouldBe((1, 1));
        (await service.CountFreshnessAsync(member)).ShouldBe((0, 0));
    }

    [Theory, BothProviders]
    public async Task The_list_finds_who_is_available_by_a_date(DatabaseProvider provider)
    {
        var (app, database, service, skills) = await StartAsync(provider);
        await using var _ = app;
        var (_, member) = await TestData.InsertCompanyAsync(database, "Aerosoft");
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        foreach (var (name, from, until) in new[] { ("Now", today, (DateOnly?)null), ("Later", today.AddDays(60), null), ("Gone", today.AddDays(-30), today.AddDays(10)) })
        {
            var input = TestData.Input(name, skills);
            input.AvailableFrom = from;
            input.AvailableUntil = until;
            await service.CreateAsync(member, input);
        }

        var inAMonth = await service.ListAsync(member, new ConsultantQuery(new PageRequest(), AvailableBy: today.AddDays(30), Sort: ConsultantSort.Name));

        inAMonth.Items.Select(i => i.FullName).ShouldBe(["Now"]);
    }

    [Theory, BothProviders]
    public async Task Invalid_input_is_refused_field_by_field_and_nothing_is_saved(DatabaseProvider provider)
    {
        var (app, database, service, skills) = await StartAsync(provider);
        await using var _ = app;
        var (_, member) = await TestData.InsertCompanyAsync(database, "Aerosoft");
        var input = TestData.Input("Louise Garnier", skills);
        input.TimeZone = "Mars/Olympus_Mons";
        input.WorkdayEnd = new TimeOnly(8, 0);
        input.Languages.Add(new LanguageInput { Code = "xx" });
        input.Skills.Add(new SkillInput { SkillTagId = 987_654, Level = 9 });
        input.Email = "not-an-email";

        var refused = await Should.ThrowAsync<ValidationFailedException>(() => service.CreateAsync(member, input));

        refused.Errors.Keys.ShouldBe(["Email", "TimeZone", "WorkdayEnd", "Skills", "Languages"], ignoreOrder: true);
        (await CountAsync<Consultant>(database)).ShouldBe(0);
    }

    [Theory, BothProviders]
    public async Task External_references_are_unique_within_a_company_only(DatabaseProvider provider)
    {
        var (app, database, service, skills) = await StartAsync(provider);
        await using var _ = app;
        var (_, memberA) = await TestData.InsertCompanyAsync(database, "A");
        var (_, memberB) = await TestData.InsertCompanyAsync(database, "B");
        var input = TestData.Input("Louise Garnier", skills);
        input.ExternalReference = "EMP-001";

        await service.CreateAsync(memberA, input);
        await service.CreateAsync(memberB, input);
        var refused = await Should.ThrowAsync<ValidationFailedException>(() => service.CreateAsync(memberA, input));

        refused.Errors.Keys.ShouldBe(["ExternalReference"]);
    }
}
