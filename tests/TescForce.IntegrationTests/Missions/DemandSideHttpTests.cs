using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using TescForce.Application.Introductions;
using TescForce.Application.Missions;
using TescForce.Domain.Identity;
using TescForce.Infrastructure.Data;
using TescForce.IntegrationTests.Infrastructure;

namespace TescForce.IntegrationTests.Missions;

/// <summary>
/// The client's pages over HTTP, as a browser receives them (prerendered): each organisation sees its own
/// missions and introductions, never another's, and no consultant's name before the company accepts.
/// </summary>
public sealed class DemandSideHttpTests(DatabaseFixture fixture) : IntegrationTest(fixture)
{
    [Theory, BothProviders]
    public async Task A_client_sees_its_own_mission_and_nothing_of_another_clients(DatabaseProvider provider)
    {
        var database = await Fixture.UseAsync(provider);
        await using var app = new TescForceWebApplicationFactory(database, environment: "Production", settings: TestAuthentication.Setting);
        await using var scope = app.Services.CreateAsyncScope();
        var own = await DemandSideScenario.OpenMissionWithCandidateAsync(database, scope.ServiceProvider, "Alpha Client", "Alpha Supplier", "Ada Alphaname", "Alpha private mission");
        var other = await DemandSideScenario.OpenMissionWithCandidateAsync(database, scope.ServiceProvider, "Bravo Client", "Bravo Supplier", "Bruno Bravoname", "Bravo private mission");
        var browser = app.CreateClient().SignedInAs(own.Client);

        var mission = await browser.GetStringAsync($"/client/missions/{own.MissionId}");
        var foreign = await browser.GetStringAsync($"/client/missions/{other.MissionId}");
        var foreignEdit = await browser.GetStringAsync($"/client/missions/{other.MissionId}/edit");

        mission.ShouldContain("Alpha private mission");
        mission.ShouldContain(own.Reference);
        mission.ShouldNotContain("Alphaname");
        foreign.ShouldContain("This mission does not exist");
        foreign.ShouldNotContain("Bravo private mission");
        foreignEdit.ShouldContain("This mission does not exist");
        foreignEdit.ShouldNotContain("Bravo private mission");
    }

    [Theory, BothProviders]
    public async Task The_consultants_name_reaches_the_client_only_once_the_company_accepts(DatabaseProvider provider)
    {
        var database = await Fixture.UseAsync(provider);
        await using var app = new TescForceWebApplicationFactory(database, environment: "Production", settings: TestAuthentication.Setting);
        await using var scope = app.Services.CreateAsyncScope();
        var introductions = scope.ServiceProvider.GetRequiredService<IntroductionService>();
        var scenario = await DemandSideScenario.OpenMissionWithCandidateAsync(database, scope.ServiceProvider, consultantName: "Inès Hiddenname");
        var (_, otherClient) = await TestData.InsertClientAsync(database, "Nosy Client");
        await introductions.AddToShortlistAsync(scenario.Client, scenario.MissionId, scenario.Reference);
        var request = await introductions.RequestAsync(scenario.Client, scenario.MissionId, scenario.Reference, "Could we talk on Tuesday?");
        var browser = app.CreateClient().SignedInAs(scenario.Client);
        var nosy = app.CreateClient().SignedInAs(otherClient);

        var before = await browser.GetStringAsync("/client/introductions");
        var shortlist = await browser.GetStringAsync($"/client/missions/{scenario.MissionId}");
        await introductions.AcceptAsync(scenario.Member, request);
        var after = await browser.GetStringAsync("/client/introductions");
        var nosyView = await nosy.GetStringAsync("/client/introductions");

        before.ShouldContain(scenario.Reference);
        before.ShouldNotContain("Hiddenname");
        shortlist.ShouldNotContain("Hiddenname");
        after.ShouldContain("Inès Hiddenname");
        nosyView.ShouldNotContain(scenario.Reference);
        nosyView.ShouldNotContain("Hiddenname");
    }

    [Theory]
    [InlineData(Roles.CompanyMember)]
    [InlineData(Roles.Curator)]
    public async Task The_client_pages_are_for_client_members_only(string role)
    {
        var database = await Fixture.UseAsync(DatabaseProvider.Sqlite);
        await using var app = new TescForceWebApplicationFactory(database, environment: "Production", settings: TestAuthentication.Setting);
        var browser = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false }).SignedInAs("someone", [role]);
        var anonymous = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        foreach (var path in new[] { "/client/missions", "/client/missions/new", $"/client/missions/{Guid.NewGuid()}", "/client/introductions" })
        {
            var refused = await browser.GetAsync(path);
            var unknown = await anonymous.GetAsync(path);

            // The test scheme answers 403 where the cookie scheme redirects to Account/AccessDenied.
            refused.StatusCode.ShouldBe(HttpStatusCode.Forbidden, path);
            unknown.StatusCode.ShouldBe(HttpStatusCode.Redirect, path);
            unknown.Headers.Location!.OriginalString.ShouldContain("Login", Case.Insensitive, path);
        }
    }
}
