using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TescForce.Application.ApiKeys;
using TescForce.Application.Matching;
using TescForce.Application.TalentPool;
using TescForce.Domain.Consultants;
using TescForce.Domain.Missions;
using TescForce.Infrastructure.Data;
using TescForce.IntegrationTests.Infrastructure;
using TescForce.Matching.Results;
using TescForce.Matching.Taxonomy;
using TescForce.Web.Api;
using MatchImportance = TescForce.Matching.Queries.SkillImportance;

namespace TescForce.IntegrationTests.Api;

/// <summary>The contract of the matches: a client's mission's ranked, explained, anonymous list, and the preview that saves nothing.</summary>
public sealed class MatchesApiTests(DatabaseFixture fixture) : IntegrationTest(fixture)
{
    [Theory, BothProviders]
    public async Task A_missions_matches_are_ranked_explained_and_anonymous(DatabaseProvider provider)
    {
        var database = await Fixture.UseAsync(provider);
        await using var host = ApiHost.Start(database);
        await using var scope = host.App.Services.CreateAsyncScope();
        var scenario = await DemandSideScenario.OpenMissionWithCandidateAsync(database, scope.ServiceProvider, consultantName: "Inès Secretname");
        var api = await host.ClientWithKeyAsync(scenario.Client, ApiKeyOwner.Client(scenario.Client.ClientId!.Value));
        var skill = await MissionApiBodies.KubernetesAsync(database);

        var response = await api.GetAsync($"/api/v1/missions/{scenario.MissionId}/matches?lang=en&page=1&pageSize=5");
        var text = await response.Content.ReadAsStringAsync();
        var matches = await ApiHost.ReadAsync<MatchList>(response);
        var top = await ApiHost.ReadAsync<MatchList>(await api.GetAsync($"/api/v1/missions/{scenario.MissionId}/matches?top=1"));
        var beyondTop = await ApiHost.ReadAsync<MatchList>(await api.GetAsync($"/api/v1/missions/{scenario.MissionId}/matches?top=1&page=2&pageSize=1"));
        var invalid = await api.GetAsync($"/api/v1/missions/{scenario.MissionId}/matches?top=0&lang=de");
        var tooLarge = await api.GetAsync($"/api/v1/missions/{scenario.MissionId}/matches?pageSize=101");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        matches.PageSize.ShouldBe(5);
        matches.Total.ShouldBe(1);
        matches.Top.ShouldBeNull();
        var match = matches.Items.ShouldHaveSingleItem();
        match.Rank.ShouldBe(1);
        match.Score.ShouldBeInRange(0.1, 100);
        match.Card.Reference.ShouldBe(scenario.Reference);
        var matched = match.MatchedSkills.ShouldHaveSingleItem();
        matched.SkillId.ShouldBe(skill);
        matched.Importance.ShouldBe(SkillImportance.MustHave);
        matched.Label.ShouldNotBeNullOrWhiteSpace();
        match.MatchedThroughSkills.ShouldBeEmpty();
        match.MissingSkills.ShouldBeEmpty();
        match.Criteria.Select(c => c.Criterion).ShouldContain(Criterion.SkillCoverage);
        match.Criteria.Sum(c => c.Points).ShouldBe(match.Score, 0.5);
        text.ShouldNotContain("Secretname");
        text.ShouldNotContain("Supplier");
        text.ShouldContain("\"importance\":\"MustHave\"");
        top.Top.ShouldBe(1);
        top.Total.ShouldBe(1);
        beyondTop.Items.ShouldBeEmpty();
        beyondTop.Total.ShouldBe(1);
        invalid.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await ApiHost.ProblemAsync(invalid)).GetProperty("errors").EnumerateObject().Select(e => e.Name).Order().ShouldBe(["lang", "top"]);
        tooLarge.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await ApiHost.ProblemAsync(tooLarge)).GetProperty("errors").TryGetProperty("pageSize", out _).ShouldBeTrue();
    }

    [Theory, BothProviders]
    public async Task The_preview_ranks_a_mission_in_the_body_and_saves_nothing(DatabaseProvider provider)
    {
        var database = await Fixture.UseAsync(provider);
        await using var host = ApiHost.Start(database);
        await using var scope = host.App.Services.CreateAsyncScope();
        var scenario = await DemandSideScenario.OpenMissionWithCandidateAsync(database, scope.ServiceProvider, consultantName: "Paul Previewed");
        var (_, _, api) = await host.ClientAsync("Previewing Client");
        var skill = await MissionApiBodies.KubernetesAsync(database);
        int missionsBefore;
        await using (var db = database.CreateDbContext())
        {
            missionsBefore = await db.Missions.CountAsync();
        }

        var response = await api.PostAsJsonAsync("/api/v1/matches/preview?pageSize=10", MissionApiBodies.Valid(skill, "A mission only previewed"));
        var invalid = await api.PostAsJsonAsync("/api/v1/matches/preview", MissionApiBodies.Invalid);
        var tooLarge = await api.PostAsJsonAsync("/api/v1/matches/preview?pageSize=500", MissionApiBodies.Valid(skill));

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var preview = await ApiHost.ReadAsync<MatchList>(response);
        var match = preview.Items.ShouldHaveSingleItem();
        match.Card.Reference.ShouldBe(scenario.Reference);
        match.MatchedSkills.Select(s => s.SkillId).ShouldBe([skill]);
        (await response.Content.ReadAsStringAsync()).ShouldNotContain("Previewed");
        invalid.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await ApiHost.ProblemAsync(invalid)).GetProperty("errors").EnumerateObject().Select(e => e.Name).Order()
            .ShouldBe(["skills", "startDate", "timeZone", "title", "workloadPercent"]);
        tooLarge.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        await using (var db = database.CreateDbContext())
        {
            (await db.Missions.CountAsync()).ShouldBe(missionsBefore);
            (await db.Missions.AnyAsync(m => m.Title == "A mission only previewed")).ShouldBeFalse();
            (await db.Missions.AnyAsync(m => m.Status == MissionStatus.Draft)).ShouldBeFalse();
        }
    }

    [Fact]
    public void A_skill_met_through_another_is_listed_as_matched_through_with_both_labels()
    {
        var explanation = new MatchExplanation(
            [
                new SkillEvidence(10, MatchImportance.MustHave, 3, SkillMatchKind.Exact, 10, 4, 5, 1),
                new SkillEvidence(20, MatchImportance.Important, 3, SkillMatchKind.Narrower, 21, 4, 2, 0.8),
                new SkillEvidence(30, MatchImportance.NiceToHave, 2, SkillMatchKind.Missing, null, null, null, 0),
            ],
            [new CriterionScore(Criterion.SkillCoverage, 0.8, 48, 60)], [], new FairnessMove(true, 7));
        var card = new ConsultantCard("TF-7K3QX2", "Engineer", 5, "Lyon", RemotePreference.FullyRemote,
            new DateOnly(2027, 1, 1), null, 100, 600, [], [], []);
        var labels = new Dictionary<int, string> { [10] = "Kubernetes", [20] = "infrastructure as code", [21] = "Terraform", [30] = "Go" };

        var item = MatchItem.From(new MatchedConsultant(3, 48, card, explanation), labels);

        item.MatchedSkills.ShouldBe([new MatchedSkill(10, "Kubernetes", SkillImportance.MustHave, 3, 4, 5, 1)]);
        item.MatchedThroughSkills.ShouldBe([new MatchedThroughSkill(20, "infrastructure as code", SkillImportance.Important, 3, SkillMatchKind.Narrower, 21,
            "Terraform", 4, 2, 0.8)]);
        item.MissingSkills.ShouldBe([new MissingSkill(30, "Go", SkillImportance.NiceToHave, 2)]);
        item.FairnessRankByScore.ShouldBe(7);
        item.Criteria.ShouldBe([new CriterionPoints(Criterion.SkillCoverage, 0.8, 48, 60)]);
    }
}
