using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TescForce.Application.Common;
using TescForce.Application.Consultants;
using TescForce.Application.Introductions;
using TescForce.Application.Missions;
using TescForce.Application.Notifications;
using TescForce.Domain.Consultants;
using TescForce.Domain.Introductions;
using TescForce.Domain.Missions;
using TescForce.Domain.Notifications;
using TescForce.Infrastructure.Data;
using TescForce.IntegrationTests.Infrastructure;

namespace TescForce.IntegrationTests.Notifications;

/// <summary>
/// Each demand-side event writes a notification per member of the organisation concerned, with the change, and
/// e-mails each member in their own language through a real SMTP server.
/// </summary>
public sealed class NotificationTests(DatabaseFixture fixture) : IntegrationTest(fixture)
{
    private const string BaseUrl = "https://tescforce.example/";

    [Theory, BothProviders]
    public async Task An_approved_mission_is_told_to_each_client_member_in_their_language(DatabaseProvider provider)
    {
        await using var context = await ContextAsync(provider);
        var (missionId, client) = await context.SubmittedMissionAsync();

        await context.Missions.ApproveAsync(TestData.Curator, missionId);

        var english = context.Smtp.To("anna@client.example");
        var french = context.Smtp.To("luc@client.example");
        english.Subject.ShouldBe("Your mission “Kubernetes platform engineer” is open");
        english.TextBody.ShouldNotBeNull().ShouldContain($"{BaseUrl}client/missions/{missionId}");
        french.Subject.ShouldBe("Votre mission « Kubernetes platform engineer » est ouverte");
        french.TextBody.ShouldNotBeNull().ShouldContain("Un curateur de Digital 113 a validé votre mission");
        french.TextBody.ShouldNotBeNull().ShouldContain($"{BaseUrl}client/missions/{missionId}");
        context.Smtp.Received.Count.ShouldBe(2);
        var list = await context.Notifications.ListAsync(client, unreadOnly: false, new PageRequest());
        list.Items.ShouldHaveSingleItem().Kind.ShouldBe(NotificationKind.MissionApproved);
        list.Items[0].Link.ShouldBe($"client/missions/{missionId}");
    }

    [Theory, BothProviders]
    public async Task A_refused_mission_carries_the_curators_reason_in_both_languages(DatabaseProvider provider)
    {
        await using var context = await ContextAsync(provider);
        var (missionId, client) = await context.SubmittedMissionAsync();

        await context.Missions.RejectAsync(TestData.Curator, missionId, "The rate is missing.");

        context.Smtp.To("anna@client.example").TextBody.ShouldNotBeNull().ShouldContain("Reason: The rate is missing.");
        context.Smtp.To("luc@client.example").TextBody.ShouldNotBeNull().ShouldContain("Motif : The rate is missing.");
        context.Smtp.To("luc@client.example").Subject.ShouldBe("Votre mission « Kubernetes platform engineer » est à modifier");
        (await context.Notifications.ListAsync(client, true, new PageRequest())).Items.ShouldHaveSingleItem().Detail.ShouldBe("The rate is missing.");
    }

    [Theory, BothProviders]
    public async Task Requests_go_to_the_company_and_answers_to_the_client(DatabaseProvider provider)
    {
        await using var context = await ContextAsync(provider);
        var (missionId, client, member, reference) = await context.OpenMissionWithCandidateAsync();

        var first = await context.Introductions.RequestAsync(client, missionId, reference, "Hello");
        var toCompany = context.Smtp.To("paul@supplier.example");
        context.Smtp.Received.Count.ShouldBe(1);
        context.Smtp.Clear();
        await context.Introductions.DeclineAsync(member, first, "Already on another mission");
        var declinedFr = context.Smtp.To("luc@client.example");
        var declinedEn = context.Smtp.To("anna@client.example");
        context.Smtp.Clear();
        var second = await context.Introductions.RequestAsync(client, missionId, reference, "Hello again");
        context.Smtp.Clear();
        await context.Introductions.AcceptAsync(member, second);

        toCompany.Subject.ShouldBe($"Demande de mise en relation pour {reference}");
        toCompany.TextBody.ShouldNotBeNull().ShouldContain($"{BaseUrl}company/introductions");
        declinedFr.Subject.ShouldBe($"Mise en relation déclinée : {reference}");
        declinedFr.TextBody.ShouldNotBeNull().ShouldContain("Motif : Already on another mission");
        declinedEn.Subject.ShouldBe($"Introduction declined: {reference}");
        declinedEn.TextBody.ShouldNotBeNull().ShouldContain($"{BaseUrl}client/introductions");
        context.Smtp.To("anna@client.example").Subject.ShouldBe($"Introduction accepted: {reference}");
        (await context.Notifications.ListAsync(member, false, new PageRequest())).Items.Select(n => n.Kind)
            .ShouldBe([NotificationKind.IntroductionRequested, NotificationKind.IntroductionRequested]);
        (await context.Notifications.ListAsync(client, false, new PageRequest())).Items.Select(n => n.Kind)
            .ShouldBe([NotificationKind.IntroductionAccepted, NotificationKind.IntroductionDeclined, NotificationKind.MissionApproved]);
    }

    [Theory, BothProviders]
    public async Task A_company_is_reminded_once_a_day_before_the_deadline_and_the_client_told_of_the_expiry(DatabaseProvider provider)
    {
        await using var context = await ContextAsync(provider);
        var (missionId, client, member, reference) = await context.OpenMissionWithCandidateAsync();
        await context.Introductions.RequestAsync(client, missionId, reference, "Hello");
        context.Smtp.Clear();
        await SetDeadlineAsync(context.Database, DateTime.UtcNow.AddHours(12));

        var reminded = await context.Introductions.RemindDueAsync();
        var again = await context.Introductions.RemindDueAsync();
        var reminder = context.Smtp.To("paul@supplier.example");
        context.Smtp.Clear();
        await SetDeadlineAsync(context.Database, DateTime.UtcNow.AddMinutes(-1));
        await context.Introductions.ExpireDueAsync();

        reminded.ShouldBe(1);
        again.ShouldBe(0);
        reminder.Subject.ShouldBe($"Rappel : la demande pour {reference} expire demain");
        (await ExecuteDbContextAsync(context.Database, db => db.Introductions.SingleAsync())).ReminderSentAt.ShouldNotBeNull();
        (await context.Notifications.ListAsync(member, false, new PageRequest())).Items[0].Kind.ShouldBe(NotificationKind.IntroductionExpiring);
        (await context.Notifications.ListAsync(client, false, new PageRequest())).Items[0].Kind.ShouldBe(NotificationKind.IntroductionExpired);
        context.Smtp.To("anna@client.example").Subject.ShouldBe($"Introduction request expired: {reference}");
    }

    [Theory, BothProviders]
    public async Task A_mail_server_that_is_down_neither_undoes_the_change_nor_the_notification(DatabaseProvider provider)
    {
        await using var context = await ContextAsync(provider, smtpDown: true);
        var (missionId, client) = await context.SubmittedMissionAsync();

        await context.Missions.ApproveAsync(TestData.Curator, missionId);

        (await context.Missions.GetAsync(client, missionId)).Status.ShouldBe(MissionStatus.Open);
        (await context.Notifications.UnreadCountAsync(client)).ShouldBe(1);
    }

    [Theory, BothProviders]
    public async Task A_user_reads_and_marks_only_their_own_notifications(DatabaseProvider provider)
    {
        await using var context = await ContextAsync(provider);
        var (missionId, client) = await context.SubmittedMissionAsync();
        await context.Missions.RejectAsync(TestData.Curator, missionId, "Too vague.");
        await context.Missions.UpdateAsync(client, missionId, (await context.Missions.GetAsync(client, missionId)).Input);
        await context.Missions.SubmitAsync(client, missionId);
        await context.Missions.ApproveAsync(TestData.Curator, missionId);
        var colleague = context.FrenchColleague;
        var stranger = await TestData.InsertMemberAsync(context.Database, "eve@elsewhere.example", "en",
            clientId: (await TestData.InsertClientAsync(context.Database, "Elsewhere")).Client.Id);
        var mine = (await context.Notifications.ListAsync(client, false, new PageRequest())).Items;

        await Should.ThrowAsync<NotFoundException>(() => context.Notifications.MarkReadAsync(stranger, mine[0].Id));
        (await context.Notifications.ListAsync(stranger, false, new PageRequest())).TotalCount.ShouldBe(0);
        (await context.Notifications.MarkAllReadAsync(stranger)).ShouldBe(0);
        await context.Notifications.MarkReadAsync(client, mine[0].Id);
        var unreadAfterOne = await context.Notifications.UnreadCountAsync(client);
        var marked = await context.Notifications.MarkAllReadAsync(client);

        mine.Count.ShouldBe(2);
        unreadAfterOne.ShouldBe(1);
        marked.ShouldBe(1);
        (await context.Notifications.UnreadCountAsync(client)).ShouldBe(0);
        (await context.Notifications.ListAsync(client, true, new PageRequest())).TotalCount.ShouldBe(0);
        (await context.Notifications.UnreadCountAsync(colleague)).ShouldBe(2);
    }

    private static Task<int> SetDeadlineAsync(TestDatabase database, DateTime deadline) =>
        ExecuteDbContextAsync(database, async db =>
        {
            (await db.Introductions.SingleAsync()).ExpiresAt = deadline;
            return await db.SaveChangesAsync();
        });

    private async Task<TestContext> ContextAsync(DatabaseProvider provider, bool smtpDown = false)
    {
        var database = await Fixture.UseAsync(provider);
        var smtp = new TestSmtpServer();
        var settings = new Dictionary<string, string?>(smtp.Settings) { ["App:BaseUrl"] = BaseUrl };
        if (smtpDown)
        {
            // Nothing listens there once the test server is gone.
            smtp.Dispose();
        }

        var app = new TescForceWebApplicationFactory(database, environment: "Production", settings);
        var scope = app.Services.CreateAsyncScope();
        var skill = (await TestData.SkillIdsAsync(database, "tescforce:kubernetes"))[0];
        var (clientOrganisation, _) = await TestData.InsertClientAsync(database, "Curious Client");
        var client = await TestData.InsertMemberAsync(database, "anna@client.example", null, clientId: clientOrganisation.Id);
        var colleague = await TestData.InsertMemberAsync(database, "luc@client.example", "fr", clientId: clientOrganisation.Id);
        return new TestContext(database, app, scope, smtp, skill, client, colleague);
    }

    private sealed class TestContext(
        TestDatabase database, TescForceWebApplicationFactory app, AsyncServiceScope scope, TestSmtpServer smtp, int skill,
        ActingUser client, ActingUser frenchColleague) : IAsyncDisposable
    {
        public TestDatabase Database { get; } = database;

        public TestSmtpServer Smtp { get; } = smtp;

        public ActingUser FrenchColleague { get; } = frenchColleague;

        public MissionService Missions => scope.ServiceProvider.GetRequiredService<MissionService>();

        public IntroductionService Introductions => scope.ServiceProvider.GetRequiredService<IntroductionService>();

        public NotificationService Notifications => scope.ServiceProvider.GetRequiredService<NotificationService>();

        public MissionInput MissionInput() => new()
        {
            Title = "Kubernetes platform engineer",
            Skills = [new MissionSkillInput { SkillTagId = skill, Importance = SkillImportance.MustHave }],
            Languages = [new MissionLanguageInput { Code = "en", MinLevel = CefrLevel.B2 }],
            StartDate = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(10),
        };

        /// <summary>A mission of the verified client, waiting for a curator; its two members (English, French) are told.</summary>
        public async Task<(Guid MissionId, ActingUser Client)> SubmittedMissionAsync()
        {
            var missionId = await Missions.CreateAsync(client, MissionInput());
            await Missions.SubmitAsync(client, missionId);
            return (missionId, client);
        }

        /// <summary>An open mission, and an approved company whose one member (French) has a published consultant who fits it.</summary>
        public async Task<(Guid MissionId, ActingUser Client, ActingUser Member, string Reference)> OpenMissionWithCandidateAsync()
        {
            var (company, _) = await TestData.InsertCompanyAsync(Database, "Supplier");
            var member = await TestData.InsertMemberAsync(Database, "paul@supplier.example", "fr-FR", companyId: company.Id);
            var consultants = scope.ServiceProvider.GetRequiredService<ConsultantService>();
            var consultantId = await TestData.PublishAsync(consultants, member, TestData.Input("Inès Candidate", skill));
            var (missionId, _) = await SubmittedMissionAsync();
            await Missions.ApproveAsync(TestData.Curator, missionId);
            Smtp.Clear();
            return (missionId, client, member, (await consultants.GetAsync(member, consultantId)).Reference);
        }

        public async ValueTask DisposeAsync()
        {
            await scope.DisposeAsync();
            await app.DisposeAsync();
            Smtp.Dispose();
        }
    }
}
