using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TescForce.Application.Common;
using TescForce.Application.Curation;
using TescForce.Application.Introductions;
using TescForce.Matching.Queries;
using TescForce.Application.Missions;
using TescForce.Application.Privacy;
using TescForce.Application.TalentPool;
using TescForce.Domain.Audit;
using TescForce.Domain.Common;
using TescForce.Domain.Consultants;
using TescForce.Domain.Identity;
using TescForce.Domain.Privacy;
using TescForce.Infrastructure.Data;
using TescForce.IntegrationTests.Infrastructure;

namespace TescForce.IntegrationTests.Privacy;

/// <summary>
/// Personal-data requests (ADR 0011): anyone submits one, only curators handle it; the export holds the person's data and
/// nobody else's; the erasure removes the identity from the record and from the audit log, and takes the profile out of the pool.
/// </summary>
public sealed class PersonalDataRequestsTests(DatabaseFixture fixture) : IntegrationTest(fixture)
{
    private const string Requester = "Inès Candidate";
    private const string RequesterEmail = "ines.candidate@example.com";

    /// <summary>The address <see cref="TestData.Input"/> gives the requester's profile: not the one they wrote in the form.</summary>
    private const string ConsultantEmail = "inès.candidate@example.com";

    [Theory, BothProviders]
    public async Task A_request_with_bad_values_is_refused_field_by_field_and_saves_and_sends_nothing(DatabaseProvider provider)
    {
        await using var context = await ContextAsync(provider);
        var input = new PersonalDataRequestInput
        {
            Kind = null, Name = " ", Email = "not-an-address", CompanyName = new string('c', 201), Message = new string('m', 4001),
        };

        var refused = await Should.ThrowAsync<ValidationFailedException>(() => context.Requests.SubmitAsync(input, "en"));

        refused.Errors.Keys.ShouldBe(["Kind", "Name", "Email", "CompanyName", "Message"], ignoreOrder: true);
        (await CountAsync<PersonalDataRequest>(context.Database)).ShouldBe(0);
        context.Smtp.Received.ShouldBeEmpty();
    }

    [Theory, BothProviders]
    public async Task A_valid_request_is_due_in_thirty_days_and_acknowledged_in_the_language_of_the_form(DatabaseProvider provider)
    {
        await using var context = await ContextAsync(provider);

        var id = await context.Requests.SubmitAsync(ErasureInput(), "fr-FR");

        var saved = await ExecuteDbContextAsync(context.Database, db => db.PersonalDataRequests.SingleAsync(r => r.Id == id));
        saved.Status.ShouldBe(PersonalDataRequestStatus.Received);
        saved.Culture.ShouldBe("fr");
        (saved.DueAt - saved.ReceivedAt).ShouldBe(TimeSpan.FromDays(30));
        var acknowledgement = context.Smtp.To(RequesterEmail);
        acknowledgement.Subject.ShouldBe("Nous avons reçu votre demande concernant vos données personnelles");
        acknowledgement.TextBody.ShouldNotBeNull().ShouldContain("l'effacement de vos données");
        acknowledgement.TextBody.ShouldNotBeNull().ShouldContain("un mois");
    }

    [Theory, BothProviders]
    public async Task Only_curators_handle_requests(DatabaseProvider provider)
    {
        await using var context = await ContextAsync(provider);
        var scenario = await context.ScenarioAsync();
        var id = await context.Requests.SubmitAsync(ErasureInput(), "en");

        foreach (var outsider in new[] { scenario.Client, scenario.Member, ActingUser.Create("nobody", []) })
        {
            await Should.ThrowAsync<ForbiddenAccessException>(() => context.Requests.ListAsync(outsider, new PersonalDataRequestQuery(), new PageRequest()));
            await Should.ThrowAsync<ForbiddenAccessException>(() => context.Requests.GetAsync(outsider, id));
            await Should.ThrowAsync<ForbiddenAccessException>(() => context.Requests.FindCandidatesAsync(outsider, id));
            await Should.ThrowAsync<ForbiddenAccessException>(() => context.Requests.LinkAsync(outsider, id, scenario.ConsultantId));
            await Should.ThrowAsync<ForbiddenAccessException>(() => context.Requests.ExportAsync(outsider, id));
            await Should.ThrowAsync<ForbiddenAccessException>(() => context.Requests.EraseAsync(outsider, id, true));
            await Should.ThrowAsync<ForbiddenAccessException>(() => context.Requests.CompleteAsync(outsider, id, "Done."));
            await Should.ThrowAsync<ForbiddenAccessException>(() => context.Requests.RefuseAsync(outsider, id, "No."));
        }

        (await ExecuteDbContextAsync(context.Database, db => db.PersonalDataRequests.SingleAsync())).ConsultantId.ShouldBeNull();
    }

    [Theory, BothProviders]
    public async Task Over_http_the_export_is_for_curators_only(DatabaseProvider provider)
    {
        await using var context = await ContextAsync(provider, TestAuthentication.Setting);
        var scenario = await context.ScenarioAsync();
        var id = await context.LinkedRequestAsync(scenario.ConsultantId);
        var path = $"/admin/personal-data/{id}/export.json";

        var anonymous = await context.App.CreateClient(new() { AllowAutoRedirect = false }).GetAsync(path);
        var member = await context.App.CreateClient().SignedInAs(scenario.Member.UserId, scenario.Member.Roles, scenario.Member.CompanyId).GetAsync(path);
        var curator = await context.App.CreateClient().SignedInAs("curator", [Roles.Curator]).GetAsync(path);

        anonymous.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        member.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        curator.StatusCode.ShouldBe(HttpStatusCode.OK);
        curator.Content.Headers.ContentType!.MediaType.ShouldBe("application/json");
        (await curator.Content.ReadAsStringAsync()).ShouldContain(ConsultantEmail);
    }

    [Theory, BothProviders]
    public async Task Finding_the_record_logs_each_identity_shown_and_linking_it_is_recorded(DatabaseProvider provider)
    {
        await using var context = await ContextAsync(provider);
        var scenario = await context.ScenarioAsync();
        var id = await context.Requests.SubmitAsync(ErasureInput(), "en");

        var candidates = await context.Requests.FindCandidatesAsync(TestData.Curator, id);
        await context.Requests.LinkAsync(TestData.Curator, id, candidates.Single().Id);

        candidates.ShouldHaveSingleItem().Id.ShouldBe(scenario.ConsultantId);
        candidates[0].Email.ShouldBe(ConsultantEmail);
        var views = await ExecuteDbContextAsync(context.Database, db => db.AuditEntries
            .Where(e => e.Action == AuditActions.IdentityViewed && e.ObjectId == scenario.ConsultantId.ToString()).CountAsync());
        views.ShouldBe(1);
        var details = await context.Requests.GetAsync(TestData.Curator, id);
        details.Consultant.ShouldNotBeNull().Reference.ShouldBe(scenario.Reference);
        (await context.Requests.FindCandidatesAsync(TestData.Curator, id, "nobody-matches-this")).ShouldBeEmpty();
    }

    [Theory, BothProviders]
    public async Task The_export_holds_the_profile_and_introductions_and_nothing_of_another_consultant(DatabaseProvider provider)
    {
        await using var context = await ContextAsync(provider);
        var scenario = await context.ScenarioAsync();
        var skill = (await TestData.SkillIdsAsync(context.Database, "tescforce:kubernetes"))[0];
        await TestData.PublishAsync(context.Consultants, scenario.Member, TestData.Input("Bruno Colleague", skill));
        await context.IntroduceAsync(scenario);
        var id = await context.LinkedRequestAsync(scenario.ConsultantId);

        var (fileName, json) = await context.Requests.ExportAsync(TestData.Curator, id);

        fileName.ShouldBe($"tescforce-personal-data-{scenario.Reference}.json");
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        root.GetProperty("schema").GetString().ShouldBe(PersonalDataExport.CurrentSchema);
        var consultant = root.GetProperty("consultant");
        consultant.GetProperty("fullName").GetString().ShouldBe(Requester);
        consultant.GetProperty("email").GetString().ShouldBe(ConsultantEmail);
        consultant.GetProperty("summary").GetString().ShouldBe("Fifteen years of flight software.");
        root.GetProperty("skills").EnumerateArray().ShouldHaveSingleItem().GetProperty("level").GetInt32().ShouldBe(4);
        root.GetProperty("languages").GetArrayLength().ShouldBe(2);
        root.GetProperty("consent").GetProperty("method").GetString().ShouldBe("Signed consent form");
        var introduction = root.GetProperty("introductions").EnumerateArray().ShouldHaveSingleItem();
        introduction.GetProperty("status").GetString().ShouldBe("Requested");
        introduction.GetProperty("events").GetArrayLength().ShouldBeGreaterThan(0);
        root.GetProperty("auditEntries").GetArrayLength().ShouldBeGreaterThan(0);
        var text = System.Text.Encoding.UTF8.GetString(json);
        text.ShouldNotContain("Bruno", Case.Insensitive);
        text.ShouldNotContain("colleague@example.com", Case.Insensitive);
    }

    [Theory, BothProviders]
    public async Task Erasure_removes_the_identity_from_the_record_and_the_audit_log_and_the_profile_from_the_pool(DatabaseProvider provider)
    {
        await using var context = await ContextAsync(provider);
        var scenario = await context.ScenarioAsync();
        var introductionId = await context.IntroduceAsync(scenario);
        // An entry written before identities were masked in the log (or typed into another field) still names the person.
        await InsertAsync(context.Database, new AuditEntry
        {
            At = DateTime.UtcNow, ActorId = "legacy", Action = AuditActions.Updated, ObjectType = AuditObjectTypes.Consultant,
            ObjectId = scenario.ConsultantId.ToString(), Before = $$"""{"FullName":"{{Requester}}","Email":"{{ConsultantEmail}}"}""",
            After = """{"FullName":"Someone Else"}""", Summary = $"Renamed {Requester}",
        });
        (await context.MatchesAsync(scenario)).ShouldBe(1);
        var poolBefore = await context.PoolCountAsync(scenario.Client);
        var id = await context.LinkedRequestAsync(scenario.ConsultantId);

        await context.Requests.EraseAsync(TestData.Curator, id);

        var erased = await ExecuteDbContextAsync(context.Database, db => db.Consultants.SingleAsync(c => c.Id == scenario.ConsultantId));
        erased.FullName.ShouldBe($"Erased person {scenario.Reference}");
        erased.Email.ShouldEndWith("@erased.invalid");
        erased.Summary.ShouldBeEmpty();
        erased.ExternalReference.ShouldBeNull();
        erased.Certifications.ShouldBeEmpty();
        erased.ConsentMethod.ShouldBeNull();
        erased.Status.ShouldBe(ConsultantStatus.Archived);
        var entries = await ExecuteDbContextAsync(context.Database, db => db.AuditEntries.ToListAsync());
        entries.Count(e => e.ObjectId == scenario.ConsultantId.ToString()).ShouldBeGreaterThan(2);
        foreach (var entry in entries)
        {
            $"{entry.Before} {entry.After} {entry.Summary}".ShouldNotContain("Inès", Case.Insensitive);
            $"{entry.Before} {entry.After} {entry.Summary}".ShouldNotContain(ConsultantEmail, Case.Insensitive);
        }

        entries.ShouldContain(e => e.ActorId == "legacy" && e.After!.Contains("Someone Else"));
        (await ExecuteDbContextAsync(context.Database, db => db.Introductions.CountAsync(i => i.Id == introductionId))).ShouldBe(1);
        (await context.MatchesAsync(scenario)).ShouldBe(0);
        (await context.PoolCountAsync(scenario.Client)).ShouldBe(poolBefore - 1);
    }

    [Theory, BothProviders]
    public async Task Erasure_needs_a_linked_record_and_for_another_kind_an_explicit_confirmation(DatabaseProvider provider)
    {
        await using var context = await ContextAsync(provider);
        var scenario = await context.ScenarioAsync();
        var unlinked = await context.Requests.SubmitAsync(ErasureInput(), "en");
        var access = await context.Requests.SubmitAsync(new PersonalDataRequestInput
        {
            Kind = PersonalDataRequestKind.Access, Name = Requester, Email = RequesterEmail,
        }, "en");
        await context.Requests.LinkAsync(TestData.Curator, access, scenario.ConsultantId);

        (await Should.ThrowAsync<DomainException>(() => context.Requests.EraseAsync(TestData.Curator, unlinked))).Code.ShouldBe("privacy.not-linked");
        (await Should.ThrowAsync<DomainException>(() => context.Requests.EraseAsync(TestData.Curator, access))).Code.ShouldBe("privacy.not-erasure");
        (await ExecuteDbContextAsync(context.Database, db => db.Consultants.SingleAsync(c => c.Id == scenario.ConsultantId))).FullName.ShouldBe(Requester);

        await context.Requests.EraseAsync(TestData.Curator, access, confirmedForOtherKind: true);
        (await ExecuteDbContextAsync(context.Database, db => db.Consultants.SingleAsync(c => c.Id == scenario.ConsultantId))).FullName.ShouldNotBe(Requester);
    }

    [Theory, BothProviders]
    public async Task Completing_or_refusing_emails_the_answer_once(DatabaseProvider provider)
    {
        await using var context = await ContextAsync(provider);
        var completed = await context.Requests.SubmitAsync(ErasureInput(), "en");
        var refused = await context.Requests.SubmitAsync(new PersonalDataRequestInput
        {
            Kind = PersonalDataRequestKind.Access, Name = "Paul Unknown", Email = "paul@example.org",
        }, "fr");
        context.Smtp.Clear();

        await context.Requests.CompleteAsync(TestData.Curator, completed, "Your data is erased.");
        await context.Requests.RefuseAsync(TestData.Curator, refused, "Aucune fiche ne porte ce nom.");

        var answer = context.Smtp.To(RequesterEmail);
        answer.Subject.ShouldBe("Your personal-data request is handled");
        answer.TextBody.ShouldNotBeNull().ShouldContain("Your data is erased.");
        var refusal = context.Smtp.To("paul@example.org");
        refusal.TextBody.ShouldNotBeNull().ShouldContain("Aucune fiche ne porte ce nom.");
        refusal.TextBody.ShouldNotBeNull().ShouldContain("CNIL");
        (await Should.ThrowAsync<DomainException>(() => context.Requests.CompleteAsync(TestData.Curator, completed, "Again."))).Code.ShouldBe("privacy.closed");
        (await Should.ThrowAsync<DomainException>(() => context.Requests.RefuseAsync(TestData.Curator, completed, "No."))).Code.ShouldBe("privacy.closed");
        context.Smtp.Received.Count.ShouldBe(2);
        var saved = await ExecuteDbContextAsync(context.Database, db => db.PersonalDataRequests.SingleAsync(r => r.Id == completed));
        saved.Status.ShouldBe(PersonalDataRequestStatus.Completed);
        saved.HandledByUserId.ShouldBe(TestData.Curator.UserId);
    }

    [Theory, BothProviders]
    public async Task The_dashboard_counts_open_requests_dates_the_oldest_and_flags_the_overdue(DatabaseProvider provider)
    {
        await using var context = await ContextAsync(provider);
        var old = await context.Requests.SubmitAsync(ErasureInput(), "en");
        await context.Requests.SubmitAsync(ErasureInput(), "en");
        var answered = await context.Requests.SubmitAsync(ErasureInput(), "en");
        await context.Requests.CompleteAsync(TestData.Curator, answered, "Done.");
        var fortyDaysAgo = DateTime.UtcNow.AddDays(-40);
        await ExecuteDbContextAsync(context.Database, async db =>
        {
            var request = await db.PersonalDataRequests.SingleAsync(r => r.Id == old);
            (request.ReceivedAt, request.DueAt) = (fortyDaysAgo, fortyDaysAgo.AddDays(30));
            return await db.SaveChangesAsync();
        });

        var summary = await context.Services.GetRequiredService<CurationQueues>().GetAsync(TestData.Curator);
        var list = await context.Requests.ListAsync(TestData.Curator, new PersonalDataRequestQuery(), new PageRequest());

        summary.PersonalData.Count.ShouldBe(2);
        summary.PersonalData.Flagged.ShouldBe(1);
        summary.PersonalData.OldestSince!.Value.ShouldBe(fortyDaysAgo, TimeSpan.FromSeconds(1));
        list.TotalCount.ShouldBe(2);
        list.Items[0].Id.ShouldBe(old);
        list.Items.Select(i => i.Overdue).ShouldBe([true, false]);
    }

    private static PersonalDataRequestInput ErasureInput() => new()
    {
        Kind = PersonalDataRequestKind.Erasure, Name = Requester, Email = RequesterEmail, CompanyName = "Supplier", Message = "Please erase my profile.",
    };

    private async Task<TestContext> ContextAsync(DatabaseProvider provider, IReadOnlyDictionary<string, string?>? extra = null)
    {
        var database = await Fixture.UseAsync(provider);
        var smtp = new TestSmtpServer();
        var settings = new Dictionary<string, string?>(smtp.Settings) { ["App:BaseUrl"] = "https://tescforce.example/" };
        foreach (var (key, value) in extra ?? new Dictionary<string, string?>())
        {
            settings[key] = value;
        }

        var app = new TescForceWebApplicationFactory(database, environment: "Production", settings);
        return new TestContext(database, app, app.Services.CreateAsyncScope(), smtp);
    }

    private sealed class TestContext(TestDatabase database, TescForceWebApplicationFactory app, AsyncServiceScope scope, TestSmtpServer smtp)
        : IAsyncDisposable
    {
        public TestDatabase Database { get; } = database;

        public TescForceWebApplicationFactory App { get; } = app;

        public TestSmtpServer Smtp { get; } = smtp;

        public IServiceProvider Services => scope.ServiceProvider;

        public PersonalDataRequests Requests => Services.GetRequiredService<PersonalDataRequests>();

        public Application.Consultants.ConsultantService Consultants => Services.GetRequiredService<Application.Consultants.ConsultantService>();

        /// <summary>An open mission and the requester's published profile, which fits it.</summary>
        public async Task<DemandSideScenario> ScenarioAsync()
        {
            var scenario = await DemandSideScenario.OpenMissionWithCandidateAsync(Database, Services, consultantName: Requester);
            Smtp.Clear();
            return scenario;
        }

        public async Task<Guid> LinkedRequestAsync(Guid consultantId)
        {
            var id = await Requests.SubmitAsync(ErasureInput(), "en");
            await Requests.LinkAsync(TestData.Curator, id, consultantId);
            Smtp.Clear();
            return id;
        }

        public async Task<Guid> IntroduceAsync(DemandSideScenario scenario)
        {
            var introductions = Services.GetRequiredService<IntroductionService>();
            await introductions.AddToShortlistAsync(scenario.Client, scenario.MissionId, scenario.Reference);
            var id = await introductions.RequestAsync(scenario.Client, scenario.MissionId, scenario.Reference, "Could we talk on Tuesday?");
            Smtp.Clear();
            return id;
        }

        public async Task<int> MatchesAsync(DemandSideScenario scenario) =>
            (await Services.GetRequiredService<MissionService>().MatchesAsync(scenario.Client, scenario.MissionId, MatchRelaxation.None, new PageRequest(), "en")).Total;

        public async Task<int> PoolCountAsync(ActingUser client) =>
            (await Services.GetRequiredService<TalentPoolService>().SearchAsync(client, new TalentSearchQuery())).Cards.TotalCount;

        public async ValueTask DisposeAsync()
        {
            await scope.DisposeAsync();
            await App.DisposeAsync();
            Smtp.Dispose();
        }
    }
}
