using System.Globalization;
using System.Net;
using Microsoft.Extensions.DependencyInjection;
using TescForce.Application.Consultants;
using TescForce.Application.SkillsMap;
using TescForce.Infrastructure.Data;
using TescForce.IntegrationTests.Infrastructure;

namespace TescForce.IntegrationTests.Landing;

/// <summary>
/// The landing page read anonymously: the live counts of the public skills map (total, top families, a
/// hidden small one as "fewer than 5"), in English and French, and no member company named.
/// </summary>
public sealed class LandingPageTests(DatabaseFixture fixture) : IntegrationTest(fixture)
{
    [Theory, BothProviders]
    public async Task The_landing_page_shows_the_anonymous_counts_of_the_database_in_english_and_french(DatabaseProvider provider)
    {
        var database = await Fixture.UseAsync(provider);
        await using var app = new TescForceWebApplicationFactory(database, environment: "Production", settings: TestAuthentication.Setting);
        await using var scope = app.Services.CreateAsyncScope();
        var consultants = scope.ServiceProvider.GetRequiredService<ConsultantService>();
        var ids = await TestData.SkillIdsAsync(database, "tescforce:kubernetes", "tescforce:do-178c");
        var (alpha, alphaMember) = await TestData.InsertCompanyAsync(database, "Alpha Aero Engineering");
        var (beta, betaMember) = await TestData.InsertCompanyAsync(database, "Beta Systems Toulouse");
        for (var i = 1; i <= 6; i++)
        {
            await TestData.PublishAsync(consultants, alphaMember, TestData.Input($"Person A{i}", ids[0]));
        }

        await TestData.PublishAsync(consultants, betaMember, TestData.Input("Person B1", ids[1]));
        await TestData.PublishAsync(consultants, betaMember, TestData.Input("Person B2", ids[1]));
        var map = await scope.ServiceProvider.GetRequiredService<SkillsMapService>().PublicMapAsync(new SkillsMapQuery(), "en");

        var english = await PageAsync(app, "en");
        var french = await PageAsync(app, "fr");

        map.Total.ShouldBe(8);
        map.Families.ShouldContain(f => f.Count == 6);
        map.Families.ShouldContain(f => f.Count == null); // DO-178C's family: 2, hidden
        english.ShouldContain("<html lang=\"en\">");
        english.ShouldContain("data-testid=\"landing-available\"");
        english.ShouldContain("8 engineers available now");
        english.ShouldContain("<meta name=\"description\" content=\"TescForce connects clients");
        english.ShouldContain("6 available");
        english.ShouldContain("fewer than 5");
        french.ShouldContain("<html lang=\"fr\">");
        french.ShouldContain("8 ingénieurs disponibles dès maintenant");
        french.ShouldContain("6 disponibles");
        french.ShouldContain("moins de 5");
        foreach (var family in map.Families.Take(6))
        {
            english.ShouldContain(family.Label);
            english.ShouldContain("href=\"skills-map?skill=" + family.SkillId.ToString(CultureInfo.InvariantCulture));
        }

        foreach (var page in new[] { english, french })
        {
            page.ShouldContain("href=\"Account/RegisterCompany\"");
            page.ShouldContain("href=\"Account/RegisterClient\"");
            page.ShouldNotContain(alpha.Name);
            page.ShouldNotContain(beta.Name);
            page.ShouldNotContain("Person A1");
        }
    }

    private static async Task<string> PageAsync(TescForceWebApplicationFactory app, string language)
    {
        var client = app.CreateClient();
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd(language);
        return WebUtility.HtmlDecode(await client.GetStringAsync("/"));
    }
}
