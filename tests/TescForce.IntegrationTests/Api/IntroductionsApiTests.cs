using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using TescForce.Application.ApiKeys;
using TescForce.Application.Consultants;
using TescForce.Application.Missions;
using TescForce.Domain.Introductions;
using TescForce.Domain.Missions;
using TescForce.Infrastructure.Data;
using TescForce.IntegrationTests.Infrastructure;
using TescForce.Web.Api;

namespace TescForce.IntegrationTests.Api;

/// <summary>
/// The contract of <c>/api/v1/introductions</c>, and the client's whole journey through the API (issue 7's "done when"): a mission posted and
/// submitted, approved by a curator, its matches read, an introduction requested and accepted by the company's key.
/// </summary>
public sealed class IntroductionsApiTests(DatabaseFixture fixture) : IntegrationTest(fixture)
{
    [Theory, BothProviders]
    public async Task A_clients_script_posts_a_mission_finds_its_consultant_and_learns_the_name_once_the_company_accepts(DatabaseProvider provider)
    {
        var database = await Fixture.UseAsync(provider);
        await using var host = ApiHost.Start(database);
        await using var scope = host.App.Services.CreateAsyncScope();
        var skill = await MissionApiBodies.KubernetesAsync(database);
        var (company, _) = await TestData.InsertCompanyAsync(database, "Orbital Consulting");
        var member = await TestData.InsertMemberAsync(database, "claire.dubois@orbital.example", "en", companyId: company.Id);
        var reference = (await scope.ServiceProvider.GetRequiredService<ConsultantService>().GetAsync(member,
            await TestData.PublishAsync(scope.ServiceProvider.GetRequiredService<ConsultantService>(), member, TestData.Input("Inès Martin", skill)))).Reference;
        var companyApi = await host.ClientWithKeyAsync(member, ApiKeyOwner.Company(company.Id));
        var (_, _, clientApi) = await host.ClientAsync("Payments Scale-up");

        var created = await clientApi.PostAsJsonAsync("/api/v1/missions", MissionApiBodies.Valid(skill));
        var missionId = (await ApiHost.ReadAsync<MissionResponse>(created)).Id;
        var submitted = await clientApi.PostAsync($"/api/v1/missions/{missionId}/submit", null);
        await scope.ServiceProvider.GetRequiredService<MissionService>().ApproveAsync(TestData.Curator, missionId);
        var matches = await ApiHost.ReadAsync<MatchList>(await clientApi.GetAsync($"/api/v1/missions/{missionId}/matches"));
        var requested = await clientApi.PostAsJsonAsync("/api/v1/introductions", new { missionId, reference, message = "Could we talk on Tuesday?" });
        var introduction = await ApiHost.ReadAsync<IntroductionResponse>(requested);
        var requestedText = await clientApi.GetStringAsync("/api/v1/introductions");
        var inbox = await ApiHost.ReadAsync<ApiPage<IntroductionResponse>>(await companyApi.GetAsync("/api/v1/introductions?status=Requested"));
        var accepted = await companyApi.PostAsync($"/api/v1/introductions/{introduction.Id}/accept", null);
        var after = await ApiHost.ReadAsync<ApiPage<IntroductionResponse>>(await clientApi.GetAsync($"/api/v1/introductions?missionId={missionId}"));

        created.StatusCode.ShouldBe(HttpStatusCode.Created);
        submitted.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await ApiHost.ReadAsync<MissionResponse>(await clientApi.GetAsync($"/api/v1/missions/{missionId}"))).Status.ShouldBe(MissionStatus.Open);
        var match = matches.Items.ShouldHaveSingleItem();
        match.Card.Reference.ShouldBe(reference);
        match.MatchedSkills.Select(s => s.SkillId).ShouldBe([skill]);
        match.Criteria.ShouldNotBeEmpty();
        requested.StatusCode.ShouldBe(HttpStatusCode.Created);
        introduction.Status.ShouldBe(IntroductionStatus.Requested);
        introduction.MissionId.ShouldBe(missionId);
        introduction.Reference.ShouldBe(reference);
        introduction.Card.ShouldNotBeNull().Reference.ShouldBe(reference);
        introduction.ConsultantName.ShouldBeNull();
        introduction.Contact.ShouldBeNull();
        requestedText.ShouldNotContain("Martin");
        requestedText.ShouldNotContain("Orbital");
        var received = inbox.Items.ShouldHaveSingleItem();
        received.Id.ShouldBe(introduction.Id);
        received.MissionId.ShouldBe(missionId);
        received.ConsultantName.ShouldBe("Inès Martin");
        received.Client.ShouldNotBeNull().Name.ShouldBe("Payments Scale-up");
        received.Card.ShouldBeNull();
        received.Message.ShouldBe("Could we talk on Tuesday?");
        accepted.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        var known = after.Items.ShouldHaveSingleItem();
        known.Status.ShouldBe(IntroductionStatus.Accepted);
        known.ConsultantName.ShouldBe("Inès Martin");
        var contact = known.Contact.ShouldNotBeNull();
        contact.CompanyName.ShouldBe("Orbital Consulting");
        contact.ContactEmail.ShouldBe("claire.dubois@orbital.example");
        known.History.Select(h => h.Status).ShouldBe([IntroductionStatus.Requested, IntroductionStatus.Accepted]);
    }

    [Theory, BothProviders]
    public async Task Companies_answer_only_their_own_requests_and_a_decline_needs_a_reason(DatabaseProvider provider)
    {
        var database = await Fixture.UseAsync(provider);
        await using var host = ApiHost.Start(database);
        await using var scope = host.App.Services.CreateAsyncScope();
        var scenario = await DemandSideScenario.OpenMissionWithCandidateAsync(database, scope.ServiceProvider, consultantName: "Hugo Hiddenname");
        var clientApi = await host.ClientWithKeyAsync(scenario.Client, ApiKeyOwner.Client(scenario.Client.ClientId!.Value));
        var companyApi = await host.ClientWithKeyAsync(scenario.Member, ApiKeyOwner.Company(scenario.Member.CompanyId!.Value));
        var (_, _, otherCompany) = await host.CompanyAsync("Other Supplier");
        var (_, _, otherClient) = await host.ClientAsync("Other Client");
        var body = new { missionId = scenario.MissionId, reference = scenario.Reference, message = "Is Hugo free in January?" };

        var incomplete = await clientApi.PostAsJsonAsync("/api/v1/introductions", new { reference = "", message = " " });
        var badReference = await clientApi.PostAsJsonAsync("/api/v1/introductions", body with { reference = "nonsense" });
        var byCompany = await companyApi.PostAsJsonAsync("/api/v1/introductions", body);
        var byOtherClient = await otherClient.PostAsJsonAsync("/api/v1/introductions", body);
        var requested = await clientApi.PostAsJsonAsync("/api/v1/introductions", body);
        var again = await clientApi.PostAsJsonAsync("/api/v1/introductions", body);
        var id = (await ApiHost.ReadAsync<IntroductionResponse>(requested)).Id;
        var acceptedByClient = await clientApi.PostAsync($"/api/v1/introductions/{id}/accept", null);
        var acceptedByOther = await otherCompany.PostAsync($"/api/v1/introductions/{id}/accept", null);
        var declinedByOther = await otherCompany.PostAsJsonAsync($"/api/v1/introductions/{id}/decline", new { reason = "Not ours" });
        var withoutReason = await companyApi.PostAsJsonAsync($"/api/v1/introductions/{id}/decline", new { reason = "  " });
        var otherInbox = await ApiHost.ReadAsync<ApiPage<IntroductionResponse>>(await otherCompany.GetAsync("/api/v1/introductions"));
        var otherClientList = await otherClient.GetStringAsync("/api/v1/introductions");
        var declined = await companyApi.PostAsJsonAsync($"/api/v1/introductions/{id}/decline", new { reason = "Hugo has just been staffed." });
        var answeredTwice = await companyApi.PostAsync($"/api/v1/introductions/{id}/accept", null);
        var clientView = await ApiHost.ReadAsync<ApiPage<IntroductionResponse>>(await clientApi.GetAsync("/api/v1/introductions?status=Declined&pageSize=1"));
        var companyDeclined = await ApiHost.ReadAsync<ApiPage<IntroductionResponse>>(await companyApi.GetAsync("/api/v1/introductions?status=Declined"));
        var companyPending = await ApiHost.ReadAsync<ApiPage<IntroductionResponse>>(await companyApi.GetAsync("/api/v1/introductions?status=Requested"));
        var companyByMission = await companyApi.GetAsync($"/api/v1/introductions?missionId={scenario.MissionId}");
        var tooLarge = await companyApi.GetAsync("/api/v1/introductions?pageSize=101");
        var anonymous = await host.WithKey(null).GetAsync("/api/v1/introductions");

        incomplete.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await ApiHost.ProblemAsync(incomplete)).GetProperty("errors").EnumerateObject().Select(e => e.Name).Order().ShouldBe(["message", "missionId", "reference"]);
        badReference.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await ApiHost.ProblemAsync(badReference)).GetProperty("errors").GetProperty("reference")[0].GetString().ShouldBe("A profile reference looks like TF-7K3QX2.");
        byCompany.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        byOtherClient.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        requested.StatusCode.ShouldBe(HttpStatusCode.Created);
        again.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await ApiHost.ProblemAsync(again)).GetProperty("code").GetString().ShouldBe("introduction.exists");
        acceptedByClient.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        acceptedByOther.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        declinedByOther.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        withoutReason.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await ApiHost.ProblemAsync(withoutReason)).GetProperty("errors").TryGetProperty("reason", out _).ShouldBeTrue();
        otherInbox.Items.ShouldBeEmpty();
        otherClientList.ShouldNotContain(scenario.Reference);
        declined.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        answeredTwice.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        var seen = clientView.Items.ShouldHaveSingleItem();
        seen.DeclineReason.ShouldBe("Hugo has just been staffed.");
        seen.ConsultantName.ShouldBeNull();
        seen.Contact.ShouldBeNull();
        clientView.PageSize.ShouldBe(1);
        clientView.Total.ShouldBe(1);
        companyDeclined.Items.ShouldHaveSingleItem().ConsultantName.ShouldBe("Hugo Hiddenname");
        companyPending.Items.ShouldBeEmpty();
        companyByMission.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        tooLarge.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        anonymous.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Theory, BothProviders]
    public async Task The_OpenAPI_document_describes_the_missions_matches_and_introductions_with_examples(DatabaseProvider provider)
    {
        await using var host = ApiHost.Start(await Fixture.UseAsync(provider));

        var json = await host.WithKey(null).GetStringAsync("/openapi/v1.json");
        var read = Microsoft.OpenApi.OpenApiDocument.Parse(json, Microsoft.OpenApi.OpenApiConstants.Json, new Microsoft.OpenApi.Reader.OpenApiReaderSettings());

        read.Diagnostic.ShouldNotBeNull().Errors.ShouldBeEmpty();
        var paths = read.Document.ShouldNotBeNull().Paths;
        var expected = new (string Path, HttpMethod Method, string Status)[]
        {
            ("/api/v1/missions", HttpMethod.Get, "200"),
            ("/api/v1/missions", HttpMethod.Post, "201"),
            ("/api/v1/missions/{id}", HttpMethod.Get, "200"),
            ("/api/v1/missions/{id}", HttpMethod.Put, "200"),
            ("/api/v1/missions/{id}/submit", HttpMethod.Post, "200"),
            ("/api/v1/missions/{id}/close", HttpMethod.Post, "200"),
            ("/api/v1/missions/{id}/matches", HttpMethod.Get, "200"),
            ("/api/v1/matches/preview", HttpMethod.Post, "200"),
            ("/api/v1/introductions", HttpMethod.Get, "200"),
            ("/api/v1/introductions", HttpMethod.Post, "201"),
        };
        foreach (var (path, method, status) in expected)
        {
            var operation = paths[path].Operations.ShouldNotBeNull()[method];
            operation.Summary.ShouldNotBeNullOrWhiteSpace();
            operation.Description.ShouldNotBeNullOrWhiteSpace();
            operation.Security.ShouldNotBeNull().ShouldNotBeEmpty();
            operation.Responses.ShouldNotBeNull()[status].Content.ShouldNotBeNull()["application/json"].Example.ShouldNotBeNull($"{method} {path}");
            if (method != HttpMethod.Get && operation.RequestBody is { } requestBody)
            {
                requestBody.Content.ShouldNotBeNull()["application/json"].Example.ShouldNotBeNull($"{method} {path}");
            }
        }

        paths["/api/v1/introductions/{id}/accept"].Operations.ShouldNotBeNull()[HttpMethod.Post].Responses.ShouldNotBeNull().Keys.ShouldContain("204");
        paths["/api/v1/introductions/{id}/decline"].Operations.ShouldNotBeNull()[HttpMethod.Post].RequestBody.ShouldNotBeNull()
            .Content.ShouldNotBeNull()["application/json"].Example.ShouldNotBeNull();
        paths["/api/v1/missions/{id}"].Operations.ShouldNotBeNull()[HttpMethod.Put].Responses.ShouldNotBeNull().Keys.ShouldContain("428");
        paths["/api/v1/missions/{id}/matches"].Operations.ShouldNotBeNull()[HttpMethod.Get].Parameters.ShouldNotBeNull()
            .Single(p => p.Name == "top").Description.ShouldNotBeNullOrWhiteSpace();
        paths["/api/v1/introductions"].Operations.ShouldNotBeNull()[HttpMethod.Get].Parameters.ShouldNotBeNull()
            .Single(p => p.Name == "pageSize").Description.ShouldNotBeNullOrWhiteSpace();
    }
}
