using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using TescForce.Application.ApiKeys;
using TescForce.Application.Common;
using TescForce.Application.Consultants;
using TescForce.Application.Matching;
using TescForce.Domain.Identity;
using TescForce.Infrastructure.Data;
using TescForce.Infrastructure.Identity;
using TescForce.Infrastructure.Jobs;
using TescForce.IntegrationTests.Infrastructure;
using TescForce.IntegrationTests.Security.Auth;
using Xunit.Abstractions;

namespace TescForce.IntegrationTests.Scaling;

/// <summary>
/// Two instances of the app on loopback ports against one PostgreSQL database, as behind a load balancer: a sign-in on one
/// holds on the other, a profile published through one is in the other's matches within a second (LISTEN/NOTIFY), what
/// a lost notification or a lost connection missed heals, and a background job runs on one instance at a time.
/// </summary>
public sealed class TwoInstanceTests(DatabaseFixture fixture, ITestOutputHelper output) : IntegrationTest(fixture)
{
    private const string Password = "the blue heron fishes at dawn";

    [Fact]
    public async Task A_sign_in_on_the_first_instance_is_accepted_by_the_second()
    {
        var database = await Fixture.UseAsync(DatabaseProvider.PostgreSql);
        await using var first = new ClusterNode(database);
        await using var second = new ClusterNode(database);
        await CreateUserAsync(first, "anne@naviga.example");
        var cookies = new CookieContainer();

        using var toFirst = first.Http(cookies);
        var login = await AuthHost.LogInAsync(toFirst, "anne@naviga.example", Password);
        using var toSecond = second.Http();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/Account/Manage");
        request.Headers.Add("Cookie", cookies.GetCookieHeader(first.BaseAddress));
        using var page = await toSecond.SendAsync(request);

        first.BaseAddress.Port.ShouldNotBe(second.BaseAddress.Port);
        login.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        login.Headers.Location!.OriginalString.ShouldNotContain("Login");
        page.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await page.Content.ReadAsStringAsync()).ShouldContain("anne@naviga.example");
    }

    [Fact]
    public async Task A_consultant_published_through_the_first_instance_is_in_the_second_instance_matches_within_a_second()
    {
        var database = await Fixture.UseAsync(DatabaseProvider.PostgreSql);
        await using var first = new ClusterNode(database);
        await using var second = new ClusterNode(database);
        var (matches, scenario) = await MissionOnBothAsync(database, first, second);
        var draft = await SubmittedProfileAsync(database, first, scenario.Member, "Hugo Newcomer");

        var clock = Stopwatch.StartNew();
        await first.Get<ConsultantService>().PublishAsync(TestData.Curator, draft.Id);
        var seen = await WaitForAsync(matches, draft.Reference, TimeSpan.FromSeconds(5));

        seen.ShouldNotBeNull($"{draft.Reference} never reached the second instance's matches");
        output.WriteLine($"Published on {first.BaseAddress}, in the matches of {second.BaseAddress} after {seen.Value.TotalMilliseconds:0} ms");
        seen.Value.ShouldBeLessThan(TimeSpan.FromSeconds(1), $"it took {seen.Value.TotalMilliseconds:0} ms (publication to the second instance's answer)");
        clock.Elapsed.ShouldBeGreaterThanOrEqualTo(seen.Value);
    }

    [Fact]
    public async Task A_profile_removed_through_the_first_instance_leaves_the_second_instance_matches()
    {
        var database = await Fixture.UseAsync(DatabaseProvider.PostgreSql);
        await using var first = new ClusterNode(database);
        await using var second = new ClusterNode(database);
        var (matches, scenario) = await MissionOnBothAsync(database, first, second);

        await first.Get<ConsultantService>().ArchiveAsync(scenario.Member, scenario.ConsultantId);
        var gone = await WaitForAsync(async () => !(await matches()).Contains(scenario.Reference, StringComparison.Ordinal), TimeSpan.FromSeconds(5));

        gone.ShouldNotBeNull($"{scenario.Reference} stayed in the second instance's matches after it was archived");
        output.WriteLine($"Archived on {first.BaseAddress}, out of the matches of {second.BaseAddress} after {gone.Value.TotalMilliseconds:0} ms");
        gone.Value.ShouldBeLessThan(TimeSpan.FromSeconds(1));
    }

    [Fact]
    public async Task A_change_the_second_instance_missed_while_disconnected_reaches_it_when_it_listens_again()
    {
        var database = await Fixture.UseAsync(DatabaseProvider.PostgreSql);
        await using var first = new ClusterNode(database);
        await using var second = new ClusterNode(database, new Dictionary<string, string?> { ["Scaling:ReconnectDelay"] = "00:00:02" });
        var (matches, scenario) = await MissionOnBothAsync(database, first, second);
        var draft = await SubmittedProfileAsync(database, first, scenario.Member, "Hugo Newcomer");

        // Cut every listening connection of this database (the second instance's among them), and publish while it is gone.
        await DisconnectListenersAsync(database);
        await first.Get<ConsultantService>().PublishAsync(TestData.Curator, draft.Id);
        var seen = await WaitForAsync(matches, draft.Reference, TimeSpan.FromSeconds(15));

        seen.ShouldNotBeNull($"{draft.Reference} never reached the second instance after its listener reconnected");
    }

    [Fact]
    public async Task A_notification_that_never_came_is_healed_by_the_periodic_reconciliation()
    {
        var database = await Fixture.UseAsync(DatabaseProvider.PostgreSql);
        await using var first = new ClusterNode(database, new Dictionary<string, string?> { ["Scaling:Notifications"] = "false" });
        await using var second = new ClusterNode(database, new Dictionary<string, string?> { ["Matching:ReconcileInterval"] = "00:00:01" });
        var (matches, scenario) = await MissionOnBothAsync(database, first, second);
        var draft = await SubmittedProfileAsync(database, first, scenario.Member, "Hugo Newcomer");

        await first.Get<ConsultantService>().PublishAsync(TestData.Curator, draft.Id);
        var seen = await WaitForAsync(matches, draft.Reference, TimeSpan.FromSeconds(10));

        seen.ShouldNotBeNull($"{draft.Reference} never reached the second instance, though it reconciles every second");
    }

    [Fact]
    public async Task A_background_job_runs_on_one_instance_at_a_time()
    {
        var database = await Fixture.UseAsync(DatabaseProvider.PostgreSql);
        await using var first = new ClusterNode(database);
        await using var second = new ClusterNode(database);
        var onFirst = first.Get<IJobLock>();
        var onSecond = second.Get<IJobLock>();

        var held = await onFirst.TryAcquireAsync("IntroductionExpiry", CancellationToken.None);
        var whileHeld = await onSecond.TryAcquireAsync("IntroductionExpiry", CancellationToken.None);
        var otherJob = await onSecond.TryAcquireAsync("AuditRetention", CancellationToken.None);
        await held!.DisposeAsync();
        var afterRelease = await onSecond.TryAcquireAsync("IntroductionExpiry", CancellationToken.None);

        held.ShouldNotBeNull();
        whileHeld.ShouldBeNull();
        otherJob.ShouldNotBeNull();
        afterRelease.ShouldNotBeNull();
        await otherJob.DisposeAsync();
        await afterRelease.DisposeAsync();
    }

    /// <summary>
    /// A verified client's open mission with one fitting consultant, made through the first instance, and a way to read
    /// the mission's matches from the second instance's API (with the client's key), once the second lists that consultant.
    /// </summary>
    private static async Task<(Func<Task<string>> Matches, DemandSideScenario Scenario)> MissionOnBothAsync(
        TestDatabase database, ClusterNode first, ClusterNode second)
    {
        await second.Get<MatchIndexHost>().GetAsync();
        var scenario = await DemandSideScenario.OpenMissionWithCandidateAsync(database, first.Services);
        CreatedApiKey key;
        await using (var scope = second.Services.CreateAsyncScope())
        {
            key = await scope.ServiceProvider.GetRequiredService<ApiKeyService>().CreateAsync(
                scenario.Client, ApiKeyOwner.Client(scenario.Client.ClientId!.Value), new ApiKeyRequest("Cluster test", null));
        }

        var api = second.Http();
        api.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key.Key);
        async Task<string> Matches()
        {
            using var response = await api.GetAsync($"/api/v1/missions/{scenario.MissionId}/matches?pageSize=50");
            response.StatusCode.ShouldBe(HttpStatusCode.OK);
            return await response.Content.ReadAsStringAsync();
        }

        (await WaitForAsync(Matches, scenario.Reference, TimeSpan.FromSeconds(5))).ShouldNotBeNull("the second instance never listed the first candidate");
        return (Matches, scenario);
    }

    private static async Task<(Guid Id, string Reference)> SubmittedProfileAsync(TestDatabase database, ClusterNode node, ActingUser member, string name)
    {
        var consultants = node.Get<ConsultantService>();
        var skill = (await TestData.SkillIdsAsync(database, "tescforce:kubernetes"))[0];
        var id = await consultants.CreateAsync(member, TestData.Input(name, skill));
        await consultants.RecordConsentAsync(member, id, DateOnly.FromDateTime(DateTime.UtcNow), "Signed consent form");
        await consultants.SubmitAsync(member, [id]);
        return (id, (await consultants.GetAsync(member, id)).Reference);
    }

    private static Task<TimeSpan?> WaitForAsync(Func<Task<string>> matches, string reference, TimeSpan timeout) =>
        WaitForAsync(async () => (await matches()).Contains(reference, StringComparison.Ordinal), timeout);

    /// <summary>How long the condition took to hold, polling every 20 ms; null if it never did within the timeout.</summary>
    private static async Task<TimeSpan?> WaitForAsync(Func<Task<bool>> condition, TimeSpan timeout)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < timeout)
        {
            if (await condition())
            {
                return clock.Elapsed;
            }

            await Task.Delay(20);
        }

        return null;
    }

    private static async Task DisconnectListenersAsync(TestDatabase database)
    {
        const string Listeners = "FROM pg_stat_activity WHERE datname = current_database() AND application_name = 'TescForce listener'";
        await using var connection = new NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync();
        await using (var terminate = new NpgsqlCommand($"SELECT count(pg_terminate_backend(pid)) {Listeners}", connection))
        {
            ((long)(await terminate.ExecuteScalarAsync())!).ShouldBeGreaterThanOrEqualTo(2);
        }

        // pg_terminate_backend only signals: wait until the backends are gone, so nothing sent next can reach them.
        await using var count = new NpgsqlCommand($"SELECT count(*) {Listeners}", connection);
        (await WaitForAsync(async () => (long)(await count.ExecuteScalarAsync())! == 0, TimeSpan.FromSeconds(5))).ShouldNotBeNull();
    }

    private static async Task CreateUserAsync(ClusterNode node, string email)
    {
        await using var scope = node.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        var user = new ApplicationUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = "Anne", CreatedAt = DateTimeOffset.UtcNow };
        (await users.CreateAsync(user, Password)).Succeeded.ShouldBeTrue();
        (await users.AddToRoleAsync(user, Roles.CompanyMember)).Succeeded.ShouldBeTrue();
    }
}
