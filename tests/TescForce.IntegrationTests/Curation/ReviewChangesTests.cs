using Microsoft.Extensions.DependencyInjection;
using TescForce.Application.Common;
using TescForce.Application.Consultants;
using TescForce.Application.Missions;
using TescForce.Domain.Missions;
using TescForce.Infrastructure.Data;
using TescForce.IntegrationTests.Infrastructure;

namespace TescForce.IntegrationTests.Curation;

/// <summary>A re-submitted profile or mission shows the curator what changed since their last decision.</summary>
public sealed class ReviewChangesTests(DatabaseFixture fixture) : IntegrationTest(fixture)
{
    [Theory, BothProviders]
    public async Task A_profile_edited_after_publication_shows_the_fields_that_changed(DatabaseProvider provider)
    {
        var database = await Fixture.UseAsync(provider);
        await using var app = new TescForceWebApplicationFactory(database, environment: "Production");
        await using var scope = app.Services.CreateAsyncScope();
        var consultants = scope.ServiceProvider.GetRequiredService<ConsultantService>();
        var skills = await TestData.SkillIdsAsync(database, "tescforce:kubernetes", "tescforce:docker");
        var (_, member) = await TestData.InsertCompanyAsync(database, "Editing Company");
        var draft = await consultants.CreateAsync(member, TestData.Input("Rémi Reviewed", skills[0]));
        var beforeAnyDecision = await consultants.ChangesSinceReviewAsync(TestData.Curator, draft, "en");
        var id = await TestData.PublishAsync(consultants, member, TestData.Input("Rémi Published", skills[0]));

        var input = (await consultants.GetAsync(member, id)).Input;
        input.Headline = "Platform engineer, Kubernetes and Docker";
        input.Skills.Add(new SkillInput { SkillTagId = skills[1], Level = 3, Years = 2 });
        await consultants.UpdateAsync(member, id, input);
        await consultants.SubmitAsync(member, [id]);
        var changes = await consultants.ChangesSinceReviewAsync(TestData.Curator, id, "en");

        beforeAnyDecision.ShouldBeNull();
        changes.ShouldNotBeNull().Changes.Select(c => c.Field).ShouldBe(["headline", "skills"], ignoreOrder: true);
        changes.Changes.Single(c => c.Field == "headline").After.ShouldBe("Platform engineer, Kubernetes and Docker");
        changes.Changes.Single(c => c.Field == "skills").After.ShouldNotBeNull().ShouldContain("Docker");
        await Should.ThrowAsync<ForbiddenAccessException>(() => consultants.ChangesSinceReviewAsync(member, id, "en"));
    }

    [Theory, BothProviders]
    public async Task A_mission_sent_back_and_resubmitted_shows_what_the_client_changed(DatabaseProvider provider)
    {
        var database = await Fixture.UseAsync(provider);
        await using var app = new TescForceWebApplicationFactory(database, environment: "Production");
        await using var scope = app.Services.CreateAsyncScope();
        var missions = scope.ServiceProvider.GetRequiredService<MissionService>();
        var scenario = await DemandSideScenario.OpenMissionWithCandidateAsync(database, scope.ServiceProvider);
        await ExecuteDbContextAsync(database, async db =>
        {
            var mission = await db.Missions.FindAsync(scenario.MissionId);
            mission!.Status = MissionStatus.Submitted;
            return await db.SaveChangesAsync();
        });

        await missions.RejectAsync(TestData.Curator, scenario.MissionId, "Please give a maximum daily rate.");
        var input = (await missions.GetAsync(scenario.Client, scenario.MissionId)).Input;
        input.MaxDailyRateEur = 650;
        await missions.UpdateAsync(scenario.Client, scenario.MissionId, input);
        await missions.SubmitAsync(scenario.Client, scenario.MissionId);
        var changes = await missions.ChangesSinceReviewAsync(TestData.Curator, scenario.MissionId, "en");

        changes.ShouldNotBeNull().Changes.ShouldBe([new("maxDailyRateEur", null, "650")]);
        await Should.ThrowAsync<ForbiddenAccessException>(() => missions.ChangesSinceReviewAsync(scenario.Client, scenario.MissionId, "en"));
    }
}
