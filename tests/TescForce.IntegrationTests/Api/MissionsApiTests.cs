using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using TescForce.Domain.Clients;
using TescForce.Domain.Missions;
using TescForce.Infrastructure.Data;
using TescForce.IntegrationTests.Infrastructure;
using TescForce.Web.Api;

namespace TescForce.IntegrationTests.Api;

/// <summary>The contract of <c>/api/v1/missions</c>: a client's keys create, read, replace (with If-Match), submit and close its own missions only.</summary>
public sealed class MissionsApiTests(DatabaseFixture fixture) : IntegrationTest(fixture)
{
    [Theory, BothProviders]
    public async Task A_client_creates_reads_lists_replaces_submits_and_closes_its_mission_with_ETags(DatabaseProvider provider)
    {
        var database = await Fixture.UseAsync(provider);
        await using var host = ApiHost.Start(database);
        var (_, _, api) = await host.ClientAsync("Scripted Client");
        var skill = await MissionApiBodies.KubernetesAsync(database);

        var created = await api.PostAsJsonAsync("/api/v1/missions", MissionApiBodies.Valid(skill));
        var mission = await ApiHost.ReadAsync<MissionResponse>(created);
        var read = await api.GetAsync(created.Headers.Location);
        var drafts = await ApiHost.ReadAsync<ApiPage<MissionSummary>>(await api.GetAsync("/api/v1/missions?status=Draft&page=1&pageSize=10"));
        var open = await ApiHost.ReadAsync<ApiPage<MissionSummary>>(await api.GetAsync("/api/v1/missions?status=Open"));
        var replaced = await SendAsync(api, HttpMethod.Put, $"/api/v1/missions/{mission.Id}", MissionApiBodies.Valid(skill, "Kubernetes and GitOps engineer"),
            created.Headers.ETag!.Tag);
        var submitted = await api.PostAsync($"/api/v1/missions/{mission.Id}/submit", null);
        var editAfterSubmit = await SendAsync(api, HttpMethod.Put, $"/api/v1/missions/{mission.Id}", MissionApiBodies.Valid(skill),
            submitted.Headers.ETag!.Tag);
        var closed = await api.PostAsync($"/api/v1/missions/{mission.Id}/close", null);

        created.StatusCode.ShouldBe(HttpStatusCode.Created);
        created.Headers.Location!.ToString().ShouldBe($"/api/v1/missions/{mission.Id}");
        var etag = created.Headers.ETag.ShouldNotBeNull().Tag;
        mission.Status.ShouldBe(MissionStatus.Draft);
        mission.Title.ShouldBe("Kubernetes platform engineer");
        mission.Skills.ShouldBe([new MissionSkillItem(skill, SkillImportance.MustHave, 3)]);
        mission.Languages.Single().Code.ShouldBe("en");
        mission.DurationWeeks.ShouldBe(16);
        mission.EndDate.ShouldBe(mission.StartDate.AddDays((16 * 7) - 1));
        mission.Seniority.ShouldBe(SeniorityLevel.Senior);
        mission.CreatedAt.Offset.ShouldBe(TimeSpan.Zero);
        read.StatusCode.ShouldBe(HttpStatusCode.OK);
        read.Headers.ETag!.Tag.ShouldBe(etag);
        var json = await read.Content.ReadFromJsonAsync<JsonElement>();
        json.GetProperty("status").GetString().ShouldBe("Draft");
        json.GetProperty("startDate").GetString().ShouldBe(mission.StartDate.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        json.GetProperty("createdAt").GetString().ShouldNotBeNull().ShouldEndWith("+00:00");
        drafts.Items.Select(m => m.Id).ShouldBe([mission.Id]);
        drafts.Total.ShouldBe(1);
        drafts.PageSize.ShouldBe(10);
        open.Items.ShouldBeEmpty();
        replaced.StatusCode.ShouldBe(HttpStatusCode.OK);
        replaced.Headers.ETag!.Tag.ShouldNotBe(etag);
        (await ApiHost.ReadAsync<MissionResponse>(replaced)).Title.ShouldBe("Kubernetes and GitOps engineer");
        submitted.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await ApiHost.ReadAsync<MissionResponse>(submitted)).Status.ShouldBe(MissionStatus.Submitted);
        editAfterSubmit.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        var conflict = await ApiHost.ProblemAsync(editAfterSubmit);
        conflict.GetProperty("code").GetString().ShouldBe("mission.not-editable");
        conflict.GetProperty("detail").GetString().ShouldBe("Only a draft or rejected mission can be edited; close it and post a new one.");
        closed.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await ApiHost.ReadAsync<MissionResponse>(closed)).Status.ShouldBe(MissionStatus.Closed);
    }

    [Theory, BothProviders]
    public async Task Replacing_needs_If_Match_and_a_stale_ETag_is_refused_without_saving(DatabaseProvider provider)
    {
        var database = await Fixture.UseAsync(provider);
        await using var host = ApiHost.Start(database);
        var (_, _, api) = await host.ClientAsync("Careful Client");
        var skill = await MissionApiBodies.KubernetesAsync(database);
        var created = await api.PostAsJsonAsync("/api/v1/missions", MissionApiBodies.Valid(skill));
        var id = (await ApiHost.ReadAsync<MissionResponse>(created)).Id;
        var path = $"/api/v1/missions/{id}";
        var etag = created.Headers.ETag!.Tag;

        var withoutIfMatch = await api.PutAsJsonAsync(path, MissionApiBodies.Valid(skill, "Changed without If-Match"));
        var first = await SendAsync(api, HttpMethod.Put, path, MissionApiBodies.Valid(skill, "First writer wins"), etag);
        var stale = await SendAsync(api, HttpMethod.Put, path, MissionApiBodies.Valid(skill, "Second writer read too early"), etag);
        var malformed = await SendAsync(api, HttpMethod.Put, path, MissionApiBodies.Valid(skill, "Malformed If-Match"), "W/\"2\"");
        var after = await ApiHost.ReadAsync<MissionResponse>(await api.GetAsync(path));

        withoutIfMatch.StatusCode.ShouldBe(HttpStatusCode.PreconditionRequired);
        (await ApiHost.ProblemAsync(withoutIfMatch)).GetProperty("status").GetInt32().ShouldBe(428);
        first.StatusCode.ShouldBe(HttpStatusCode.OK);
        stale.StatusCode.ShouldBe(HttpStatusCode.PreconditionFailed);
        (await ApiHost.ProblemAsync(stale)).GetProperty("status").GetInt32().ShouldBe(412);
        malformed.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await ApiHost.ProblemAsync(malformed)).GetProperty("errors").EnumerateObject().ShouldHaveSingleItem().Value[0].GetString()
            .ShouldNotBeNull().ShouldStartWith("If-Match must be the ETag");
        after.Title.ShouldBe("First writer wins");
    }

    [Theory, BothProviders]
    public async Task Invalid_missions_are_refused_with_the_bodys_field_names_and_nothing_is_saved(DatabaseProvider provider)
    {
        var database = await Fixture.UseAsync(provider);
        await using var host = ApiHost.Start(database);
        var (_, _, api) = await host.ClientAsync("Hasty Client");
        var skill = await MissionApiBodies.KubernetesAsync(database);
        var response = await api.PostAsJsonAsync("/api/v1/missions", MissionApiBodies.Valid(skill));
        var created = await ApiHost.ReadAsync<MissionResponse>(response);

        var invalid = await api.PostAsJsonAsync("/api/v1/missions", MissionApiBodies.Invalid);
        var invalidReplace = await SendAsync(api, HttpMethod.Put, $"/api/v1/missions/{created.Id}", MissionApiBodies.Invalid, response.Headers.ETag!.Tag);
        var badEnum = await api.PostAsync("/api/v1/missions", JsonContent.Create(new { title = "Kubernetes platform engineer", seniority = "Wizard" }));
        var tooLarge = await api.GetAsync("/api/v1/missions?pageSize=101");
        var badStatus = await api.GetAsync("/api/v1/missions?status=Sleeping");

        invalid.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var errors = (await ApiHost.ProblemAsync(invalid)).GetProperty("errors");
        errors.EnumerateObject().Select(e => e.Name).Order().ShouldBe(["skills", "startDate", "timeZone", "title", "workloadPercent"]);
        errors.GetProperty("title")[0].GetString().ShouldBe("The title has 5 to 200 characters.");
        errors.GetProperty("skills")[0].GetString().ShouldBe("Add at least one required skill.");
        errors.GetProperty("startDate")[0].GetString().ShouldBe("The mission cannot start in the past.");
        invalidReplace.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await ApiHost.ProblemAsync(invalidReplace)).GetProperty("errors").TryGetProperty("title", out _).ShouldBeTrue();
        badEnum.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        tooLarge.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await ApiHost.ProblemAsync(tooLarge)).GetProperty("errors").GetProperty("pageSize")[0].GetString().ShouldBe("pageSize is between 1 and 100.");
        badStatus.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        await using var db = database.CreateDbContext();
        (await db.Missions.CountAsync()).ShouldBe(1);
        (await db.Missions.SingleAsync()).Title.ShouldBe("Kubernetes platform engineer");
    }

    [Theory, BothProviders]
    public async Task A_pending_client_may_draft_through_the_API_but_not_submit(DatabaseProvider provider)
    {
        var database = await Fixture.UseAsync(provider);
        await using var host = ApiHost.Start(database);
        var (_, _, api) = await host.ClientAsync("Pending Client", ClientStatus.Pending);
        var skill = await MissionApiBodies.KubernetesAsync(database);

        var created = await api.PostAsJsonAsync("/api/v1/missions", MissionApiBodies.Valid(skill));
        var id = (await ApiHost.ReadAsync<MissionResponse>(created)).Id;
        var submitted = await api.PostAsync($"/api/v1/missions/{id}/submit", null);

        created.StatusCode.ShouldBe(HttpStatusCode.Created);
        submitted.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        var problem = await ApiHost.ProblemAsync(submitted);
        problem.GetProperty("code").GetString().ShouldBe("mission.client-pending");
        problem.GetProperty("detail").GetString().ShouldNotBeNull().ShouldNotBeEmpty();
        (await ApiHost.ReadAsync<MissionResponse>(await api.GetAsync($"/api/v1/missions/{id}"))).Status.ShouldBe(MissionStatus.Draft);
    }

    [Theory, BothProviders]
    public async Task Each_mission_endpoint_wants_a_client_key_and_hides_another_clients_missions(DatabaseProvider provider)
    {
        var database = await Fixture.UseAsync(provider);
        await using var host = ApiHost.Start(database);
        var (_, _, owner) = await host.ClientAsync("Owner Client");
        var (_, _, other) = await host.ClientAsync("Other Client");
        var (_, _, company) = await host.CompanyAsync("Curious Company");
        var anonymous = host.WithKey(null);
        var skill = await MissionApiBodies.KubernetesAsync(database);
        var id = (await ApiHost.ReadAsync<MissionResponse>(await owner.PostAsJsonAsync("/api/v1/missions", MissionApiBodies.Valid(skill, "Owner's secret mission")))).Id;
        var body = MissionApiBodies.Valid(skill);
        var calls = new (HttpMethod Method, string Path, object? Body)[]
        {
            (HttpMethod.Get, $"/api/v1/missions/{id}", null),
            (HttpMethod.Put, $"/api/v1/missions/{id}", body),
            (HttpMethod.Post, $"/api/v1/missions/{id}/submit", null),
            (HttpMethod.Post, $"/api/v1/missions/{id}/close", null),
            (HttpMethod.Get, $"/api/v1/missions/{id}/matches", null),
        };
        var everyEndpoint = calls.Concat([(HttpMethod.Get, "/api/v1/missions", null), (HttpMethod.Post, "/api/v1/missions", body),
            (HttpMethod.Post, "/api/v1/matches/preview", body)]).ToList();

        foreach (var (method, path, content) in calls)
        {
            var response = await SendAsync(other, method, path, content, "\"1\"");
            response.StatusCode.ShouldBe(HttpStatusCode.NotFound, $"{method} {path}");
            var text = await response.Content.ReadAsStringAsync();
            text.ShouldNotContain("Owner's secret mission");
            (await ApiHost.ProblemAsync(response)).GetProperty("detail").GetString().ShouldBe("This mission does not exist.");
        }

        foreach (var (method, path, content) in everyEndpoint)
        {
            var forbidden = await SendAsync(company, method, path, content, "\"1\"");
            forbidden.StatusCode.ShouldBe(HttpStatusCode.Forbidden, $"{method} {path}");
            (await ApiHost.ProblemAsync(forbidden)).GetProperty("detail").GetString().ShouldNotBeNull().ShouldContain("client organisations' keys");
            (await SendAsync(anonymous, method, path, content, "\"1\"")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized, $"{method} {path}");
        }

        var otherList = await ApiHost.ReadAsync<ApiPage<MissionSummary>>(await other.GetAsync("/api/v1/missions"));
        otherList.Items.ShouldBeEmpty();
        var mission = await ApiHost.ReadAsync<MissionResponse>(await owner.GetAsync($"/api/v1/missions/{id}"));
        mission.Status.ShouldBe(MissionStatus.Draft);
        mission.Title.ShouldBe("Owner's secret mission");
    }

    /// <summary>A call with a JSON body (or none) and an <c>If-Match</c> header.</summary>
    internal static async Task<HttpResponseMessage> SendAsync(HttpClient api, HttpMethod method, string path, object? body, string? ifMatch)
    {
        using var request = new HttpRequestMessage(method, path) { Content = body is null ? null : JsonContent.Create(body) };
        if (ifMatch is not null)
        {
            request.Headers.IfMatch.Add(EntityTagHeaderValue.Parse(ifMatch));
        }

        return await api.SendAsync(request);
    }
}
