using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TescForce.Application.Common;
using TescForce.Application.Consultants;
using TescForce.Application.Privacy;
using TescForce.Domain.Audit;
using TescForce.Domain.Consultants;
using TescForce.Infrastructure.Data;
using TescForce.IntegrationTests.Infrastructure;
using TescForce.IntegrationTests.Security.Auth;

namespace TescForce.IntegrationTests.Privacy;

/// <summary>
/// A profile without active contact for two years is anonymised, after its company was asked 30 days before to confirm it
/// (ADR 0018); notices and anonymisations happen once even when several instances run the job at the same moment.
/// </summary>
public sealed class ConsultantRetentionTests(DatabaseFixture fixture) : IntegrationTest(fixture)
{
    private const string BaseUrl = "https://tescforce.example/";
    private static readonly TimeSpan NoticeDue = TimeSpan.FromDays(730 - 30);
    private static readonly TimeSpan AnonymisationDue = TimeSpan.FromDays(730);

    [Theory, BothProviders]
    public async Task The_company_members_are_told_thirty_days_before_in_their_language_and_not_earlier(DatabaseProvider provider)
    {
        await using var context = await ContextAsync(provider);
        var (id, reference) = await context.ProfileAsync("Inès Candidate");

        context.Clock.Advance(NoticeDue - TimeSpan.FromMinutes(1));
        await context.RunAsync();
        var early = context.Smtp.Received.Count;
        context.Clock.Advance(TimeSpan.FromMinutes(2));
        await context.RunAsync();

        early.ShouldBe(0);
        var english = context.Smtp.To("paul@supplier.example");
        var french = context.Smtp.To("marie@supplier.example");
        english.Subject.ShouldStartWith($"The profile {reference} will be anonymised on ");
        english.TextBody.ShouldNotBeNull().ShouldContain($"{BaseUrl}company/consultants/{id}");
        french.Subject.ShouldStartWith($"Le profil {reference} sera anonymisé le ");
        french.TextBody.ShouldNotBeNull().ShouldContain("confirmez que le profil est toujours à jour");
        context.Smtp.Received.Count.ShouldBe(2);
    }

    [Theory, BothProviders]
    public async Task A_notice_is_sent_once_when_the_job_runs_again(DatabaseProvider provider)
    {
        await using var context = await ContextAsync(provider);
        await context.ProfileAsync("Inès Candidate");
        context.Clock.Advance(NoticeDue);

        var first = await context.RunAsync();
        context.Clock.Advance(TimeSpan.FromHours(1));
        var second = await context.RunAsync();

        first.NoticesSent.ShouldBe(1);
        second.NoticesSent.ShouldBe(0);
        context.Smtp.Received.Count.ShouldBe(2);
    }

    [Theory, BothProviders]
    public async Task Two_instances_running_at_once_send_each_notice_once_and_anonymise_each_profile_once(DatabaseProvider provider)
    {
        await using var context = await ContextAsync(provider);
        for (var i = 0; i < 8; i++)
        {
            await context.ProfileAsync($"Person {i}");
        }

        context.Clock.Advance(NoticeDue);
        var notices = await Task.WhenAll(context.RunInNewScopeAsync(), context.RunInNewScopeAsync());
        var mails = context.Smtp.Received.Count;
        context.Clock.Advance(AnonymisationDue - NoticeDue);
        var erasures = await Task.WhenAll(context.RunInNewScopeAsync(), context.RunInNewScopeAsync());

        notices.Sum(r => r.NoticesSent).ShouldBe(8);
        mails.ShouldBe(16);
        erasures.Sum(r => r.Anonymised).ShouldBe(8);
        (await ExecuteDbContextAsync(context.Database, db => db.AuditEntries
            .CountAsync(e => e.ActorId == AuditEntry.SystemPrefix + "consultant-retention" && e.ObjectType == AuditObjectTypes.Consultant)))
            .ShouldBe(16);
    }

    [Theory, BothProviders]
    public async Task Confirming_the_profile_is_still_current_starts_the_clock_again(DatabaseProvider provider)
    {
        await using var context = await ContextAsync(provider);
        var (id, _) = await context.ProfileAsync("Inès Candidate");
        context.Clock.Advance(NoticeDue);
        await context.RunAsync();

        context.Clock.Advance(TimeSpan.FromDays(10));
        await context.Consultants.ConfirmStillCurrentAsync(context.Member, id);
        context.Clock.Advance(TimeSpan.FromDays(25));
        var run = await context.RunAsync();

        run.Anonymised.ShouldBe(0);
        var details = await context.Consultants.GetAsync(context.Member, id);
        details.Input.FullName.ShouldBe("Inès Candidate");
        details.RetentionNoticeSentAt.ShouldBeNull();
    }

    [Theory, BothProviders]
    public async Task A_profile_is_anonymised_two_years_after_the_last_contact_once_the_notice_has_run(DatabaseProvider provider)
    {
        await using var context = await ContextAsync(provider);
        var (id, reference) = await context.ProfileAsync("Inès Candidate");
        context.Clock.Advance(NoticeDue);
        await context.RunAsync();

        context.Clock.Advance(AnonymisationDue - NoticeDue - TimeSpan.FromMinutes(1));
        var early = await context.RunAsync();
        context.Clock.Advance(TimeSpan.FromMinutes(2));
        var due = await context.RunAsync();

        early.Anonymised.ShouldBe(0);
        due.Anonymised.ShouldBe(1);
        var consultant = await ExecuteDbContextAsync(context.Database, db => db.Consultants.SingleAsync(c => c.Id == id));
        consultant.FullName.ShouldBe(ConsultantErasure.PlaceholderName(reference));
        consultant.Email.ShouldBe(ConsultantErasure.PlaceholderEmail(reference));
        consultant.Status.ShouldBe(ConsultantStatus.Archived);
        consultant.ErasedAt.ShouldNotBeNull();
    }

    [Theory, BothProviders]
    public async Task A_late_notice_still_gives_the_company_thirty_days(DatabaseProvider provider)
    {
        await using var context = await ContextAsync(provider);
        var (id, _) = await context.ProfileAsync("Inès Candidate");
        // The job did not run for months: the profile is past its two years when the notice leaves.
        context.Clock.Advance(AnonymisationDue + TimeSpan.FromDays(40));

        var first = await context.RunAsync();
        context.Clock.Advance(TimeSpan.FromDays(29));
        var withinNotice = await context.RunAsync();
        context.Clock.Advance(TimeSpan.FromDays(1));
        var afterNotice = await context.RunAsync();

        first.ShouldBe(new RetentionRun(1, 0));
        withinNotice.Anonymised.ShouldBe(0);
        afterNotice.Anonymised.ShouldBe(1);
        (await ExecuteDbContextAsync(context.Database, db => db.Consultants.SingleAsync(c => c.Id == id))).ErasedAt.ShouldNotBeNull();
    }

    [Theory, BothProviders]
    public async Task A_profile_in_active_contact_is_neither_announced_nor_anonymised(DatabaseProvider provider)
    {
        await using var context = await ContextAsync(provider);
        var (id, _) = await context.ProfileAsync("Inès Candidate");
        context.Clock.Advance(TimeSpan.FromDays(400));
        (await context.Consultants.ConfirmAvailabilityAsync(context.Member, [id])).Failures.ShouldBeEmpty();

        context.Clock.Advance(TimeSpan.FromDays(400));
        var run = await context.RunAsync();

        run.ShouldBe(new RetentionRun(0, 0));
        context.Smtp.Received.ShouldBeEmpty();
        (await context.Consultants.GetAsync(context.Member, id)).Input.FullName.ShouldBe("Inès Candidate");
    }

    private async Task<TestContext> ContextAsync(DatabaseProvider provider)
    {
        var database = await Fixture.UseAsync(provider);
        var smtp = new TestSmtpServer();
        var clock = new MovableClock(DateTimeOffset.UtcNow);
        var app = new TescForceWebApplicationFactory(database, environment: "Production",
                new Dictionary<string, string?>(smtp.Settings) { ["App:BaseUrl"] = BaseUrl })
            .WithWebHostBuilder(builder => builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(clock)));
        // The host imports the taxonomy as it starts.
        var scope = app.Services.CreateAsyncScope();
        var skill = (await TestData.SkillIdsAsync(database, "tescforce:kubernetes"))[0];
        var (company, _) = await TestData.InsertCompanyAsync(database, "Supplier");
        var member = await TestData.InsertMemberAsync(database, "paul@supplier.example", "en", companyId: company.Id);
        await TestData.InsertMemberAsync(database, "marie@supplier.example", "fr-FR", companyId: company.Id);
        return new TestContext(database, app, scope, smtp, clock, member, skill);
    }

    private sealed class TestContext(
        TestDatabase database, WebApplicationFactory<Program> app, AsyncServiceScope scope, TestSmtpServer smtp, MovableClock clock,
        ActingUser member, int skill) : IAsyncDisposable
    {
        public TestDatabase Database { get; } = database;

        public TestSmtpServer Smtp { get; } = smtp;

        public MovableClock Clock { get; } = clock;

        public ActingUser Member { get; } = member;

        public ConsultantService Consultants => scope.ServiceProvider.GetRequiredService<ConsultantService>();

        public Task<RetentionRun> RunAsync() => scope.ServiceProvider.GetRequiredService<ConsultantRetention>().RunAsync();

        /// <summary>A run as another instance would make it: its own scope, its own contexts, its own e-mail sender.</summary>
        public async Task<RetentionRun> RunInNewScopeAsync()
        {
            await using var own = app.Services.CreateAsyncScope();
            return await own.ServiceProvider.GetRequiredService<ConsultantRetention>().RunAsync();
        }

        /// <summary>A draft profile the company created now (the clock's now).</summary>
        public async Task<(Guid Id, string Reference)> ProfileAsync(string name)
        {
            var id = await Consultants.CreateAsync(Member, TestData.Input(name, skill));
            return (id, (await Consultants.GetAsync(Member, id)).Reference);
        }

        public async ValueTask DisposeAsync()
        {
            await scope.DisposeAsync();
            await app.DisposeAsync();
            Smtp.Dispose();
        }
    }
}
