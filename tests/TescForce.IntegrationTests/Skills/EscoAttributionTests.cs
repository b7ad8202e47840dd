using System.Net;
using TescForce.Infrastructure.Data;
using TescForce.IntegrationTests.Infrastructure;

namespace TescForce.IntegrationTests.Skills;

public sealed class EscoAttributionTests(DatabaseFixture fixture) : IntegrationTest(fixture)
{
    [Fact]
    public async Task The_about_page_credits_esco_under_its_licence_for_anonymous_visitors()
    {
        await using var app = new TescForceWebApplicationFactory(await Fixture.UseAsync(DatabaseProvider.Sqlite));

        var response = await app.CreateClient().GetAsync("/about");
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        html.ShouldContain("This service uses the ESCO classification of the European Commission.");
        html.ShouldContain("https://creativecommons.org/licenses/by/4.0/");
    }
}
