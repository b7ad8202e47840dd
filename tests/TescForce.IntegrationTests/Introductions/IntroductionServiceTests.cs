using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TescForce.Application.Common;
using TescForce.Application.Consultants;
using TescForce.Application.Introductions;
using TescForce.Application.Missions;
using TescForce.Domain.Clients;
using TescForce.Domain.Common;
using TescForce.Domain.Consultants;
using TescForce.Domain.Introductions;
using TescForce.Domain.Missions;
using TescForce.Infrastructure.Data;
using TescForce.IntegrationTests.Infrastructure;

namespace TescForce.IntegrationTests.Introductions;

/// <summary>Shortlist, request, answer: identities stay hidden until the company accepts, and each side reaches only its own.</summary>
public sealed class IntroductionServiceTests(DatabaseFixture fixture) : IntegrationTest(fixture)
{
    [Theory, BothProviders]
    public async Task A_client_shortlists_requests_and_sees_the_contact_only_once_the_company_accepts(DatabaseProvider provider)
    {
        await using var context = await ContextAsync(provider);
        var (missionId, client, member, reference) = await context.OpenMissionWithCandidateAsync();

        await context.Introductions.AddToShortlistAsync(client, missionId, reference.ToLowerInvariant());
        await context.Introductions.AddToShortlistAsync(client, missionId, reference);
        var requestId = await context.Introductions.RequestAsync(client, missionId, reference, "Could we talk on Tuesday?");
        var before = (await context.Introductions.ForClientAsync(client, missionId)).ShouldHaveSingleItem();
        var inbox = (await context.Introductions.InboxAsync(member, IntroductionStatus.Requested, new PageRequest())).Items.ShouldHaveSingleItem();
        await context.Introductions.AcceptAsync(member, requestId);
        var after = (await context.Introductions.ForClientAsync(client, missionId)).ShouldHaveSingleItem();
        var shortlist = await context.Introductions.ShortlistAsync(client, missionId);

        before.Identity.ShouldBeNull();
        before.Status.ShouldBe(IntroductionStatus.Requested);
        inbox.ConsultantName.ShouldBe("Inès Candidate");
        inbox.ClientName.ShouldBe("Curious Client");
        after.Status.ShouldBe(IntroductionStatus.Accepted);
        after.Identity.ShouldNotBeNull().ConsultantName.ShouldBe("Inès Candidate");
        after.Identity!.CompanyName.ShouldBe("Supplier");
        after.History.Select(h => h.Status).ShouldBe([IntroductionStatus.Requested, IntroductionStatus.Accepted]);
        shortlist.ShouldHaveSingleItem().Introduction.ShouldBe(IntroductionStatus.Accepted);
    }

    [Theory, BothProviders]
    public async Task Nobody_else_reaches_a_request_and_a_second_request_is_refused(DatabaseProvider provider)
    {
        await using var context = await ContextAsync(provider);
        var (missionId, client, _, reference) = await context.OpenMissionWithCandidateAsync();
        var (_, otherClient) = await TestData.InsertClientAsync(context.Database, "Other Client");
        var (_, otherCompany) = await TestData.InsertCompanyAsync(context.Database, "Competitor");
        var requestId = await context.Introductions.RequestAsync(client, missionId, reference, "Hello");

        await Should.ThrowAsync<DomainException>(() => context.Introductions.RequestAsync(client, missionId, reference, "Again"));
        await Should.ThrowAsync<NotFoundException>(() => context.Introductions.AcceptAsync(otherCompany, requestId));
        await Should.ThrowAsync<ForbiddenAccessException>(() => context.Introductions.AcceptAsync(client, requestId));
        await Should.ThrowAsync<NotFoundException>(() => context.Introductions.RequestAsync(otherClient, missionId, reference, "Mine now"));
        await Should.ThrowAsync<NotFoundException>(() => context.Introductions.ShortlistAsync(otherClient, missionId));
        (await context.Introductions.ForClientAsync(otherClient, null)).ShouldBeEmpty();
        (await context.Introductions.InboxAsync(otherCompany, null, new PageRequest())).Items.ShouldBeEmpty();
    }

    [Theory, BothProviders]
    public async Task A_decline_needs_a_reason_and_an_unanswered_request_expires(DatabaseProvider provider)
    {
        await using var context = await ContextAsync(provider);
        var (missionId, client, member, reference) = await context.OpenMissionWithCandidateAsync();
        var requestId = await context.Introductions.RequestAsync(client, missionId, reference, "Hello");

        await Should.ThrowAsync<DomainException>(() => context.Introductions.DeclineAsync(member, requestId, " "));
        await ExecuteDbContextAsync(context.Database, async db =>
        {
            (await db.Introductions.SingleAsync()).ExpiresAt = DateTime.UtcNow.AddMinutes(-1);
            return await db.SaveChangesAsync();
        });
        var expired = await context.Introductions.ExpireDueAsync();

        expired.ShouldBe(1);
        (await context.Introductions.ForClientAsync(client, missionId)).Single().Status.ShouldBe(IntroductionStatus.Expired);
        await Should.ThrowAsync<DomainException>(() => context.Introductions.AcceptAsync(member, requestId));
    }

    [Theory, BothProviders]
    public async Task A_pending_client_or_a_mission_not_yet_open_cannot_request(DatabaseProvider provider)
    {
        await using var context = await ContextAsync(provider);
        var (missionId, client, _, reference) = await context.OpenMissionWithCandidateAsync();
        await ExecuteDbContextAsync(context.Database, async db =>
        {
            (await db.Missions.SingleAsync()).Status = MissionStatus.Draft;
            return await db.SaveChangesAsync();
        });

        var notOpen = await Should.ThrowAsync<DomainException>(() => context.Introductions.RequestAsync(client, missionId, reference, "Hello"));
        await ExecuteDbContextAsync(context.Database, async db =>
        {
            (await db.ClientOrganisations.SingleAsync(c => c.Id == client.ClientId)).Status = ClientStatus.Pending;
            return await db.SaveChangesAsync();
        });
        var pending = await Should.ThrowAsync<DomainException>(() => context.Introductions.RequestAsync(client, missionId, reference, "Hello"));

        notOpen.Code.ShouldBe("mission.not-open");
        pending.Code.ShouldBe("client.pending");
        (await CountAsync<Introduction>(context.Database)).ShouldBe(0);
    }

    [Theory, BothProviders]
    public async Task The_inbox_lists_pending_requests_first_a_page_at_a_time(DatabaseProvider provider)
    {
        await using var context = await ContextAsync(provider);
        var (missionId, client, member, first) = await context.OpenMissionWithCandidateAsync();
        var second = await context.PublishCandidateAsync(member, "Second Candidate");
        var third = await context.PublishCandidateAsync(member, "Third Candidate");
        var declined = await context.Introductions.RequestAsync(client, missionId, first, "First");
        await context.Introductions.RequestAsync(client, missionId, second, "Second");
        await context.Introductions.RequestAsync(client, missionId, third, "Third");
        await context.Introductions.DeclineAsync(member, declined, "Already on a mission");

        var page1 = await context.Introductions.InboxAsync(member, null, new PageRequest(1, 2));
        var page2 = await context.Introductions.InboxAsync(member, null, new PageRequest(2, 2));
        var pending = await context.Introductions.InboxAsync(member, IntroductionStatus.Requested, new PageRequest(1, 10));

        page1.TotalCount.ShouldBe(3);
        page1.Items.Select(i => i.Message).ShouldBe(["Third", "Second"]);
        page2.Items.ShouldHaveSingleItem().Status.ShouldBe(IntroductionStatus.Declined);
        page2.Items[0].History.Select(h => h.Note).ShouldContain("Already on a mission");
        pending.TotalCount.ShouldBe(2);
    }

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

        public IntroductionService Introductions => scope.ServiceProvider.GetRequiredService<IntroductionService>();

        /// <summary>A verified client with an open mission, and an approved company with a published consultant who fits it.</summary>
        public async Task<(Guid MissionId, ActingUser Client, ActingUser Member, string Reference)> OpenMissionWithCandidateAsync()
        {
            var scenario = await DemandSideScenario.OpenMissionWithCandidateAsync(Database, scope.ServiceProvider);
            return (scenario.MissionId, scenario.Client, scenario.Member, scenario.Reference);
        }

        /// <summary>Another published consultant of the member's company; returns the public reference.</summary>
        public async Task<string> PublishCandidateAsync(ActingUser member, string name)
        {
            var skill = (await TestData.SkillIdsAsync(Database, "tescforce:kubernetes"))[0];
            var consultants = scope.ServiceProvider.GetRequiredService<ConsultantService>();
            var id = await TestData.PublishAsync(consultants, member, TestData.Input(name, skill));
            return (await consultants.GetAsync(member, id)).Reference;
        }

        public async ValueTask DisposeAsync()
        {
            await scope.DisposeAsync();
            await app.DisposeAsync();
        }
    }
}
