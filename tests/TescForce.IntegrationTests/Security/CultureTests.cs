using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using TescForce.Infrastructure.Data;
using TescForce.IntegrationTests.Infrastructure;

namespace TescForce.IntegrationTests.Security;

public sealed class CultureTests(DatabaseFixture fixture) : IntegrationTest(fixture)
{
    [Fact]
    public async Task Choosing_french_sets_the_culture_cookie_and_the_pages_follow_it()
    {
        await using var app = new TescForceWebApplicationFactory(await Fixture.UseAsync(DatabaseProvider.Sqlite));
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

        var set = await client.GetAsync("/culture/set?culture=fr&redirectUri=%2Fadmin");
        var home = WebUtility.HtmlDecode(await client.GetStringAsync("/"));

        set.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        set.Headers.Location!.OriginalString.ShouldBe("/admin");
        set.Headers.GetValues("Set-Cookie").ShouldContain(c => c.StartsWith(".AspNetCore.Culture=c%3Dfr%7Cuic%3Dfr", StringComparison.Ordinal));
        home.ShouldContain("<html lang=\"fr\">");
        home.ShouldContain("Des compétences d'ingénierie d'Occitanie");
    }

    [Fact]
    public async Task The_browser_language_is_the_default()
    {
        await using var app = new TescForceWebApplicationFactory(await Fixture.UseAsync(DatabaseProvider.Sqlite));
        var client = app.CreateClient();
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("fr-FR,fr;q=0.9");

        var home = await client.GetStringAsync("/");

        home.ShouldContain("<html lang=\"fr\">");
    }

    [Theory]
    [InlineData("//evil.example/phish")]
    [InlineData("https://evil.example/")]
    [InlineData("/\\evil.example")]
    public async Task The_switch_never_redirects_off_the_site(string redirectUri)
    {
        await using var app = new TescForceWebApplicationFactory(await Fixture.UseAsync(DatabaseProvider.Sqlite));
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var response = await client.GetAsync($"/culture/set?culture=en&redirectUri={Uri.EscapeDataString(redirectUri)}");

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.OriginalString.ShouldBe("/");
    }

    [Fact]
    public async Task An_unsupported_culture_is_refused_with_a_message()
    {
        await using var app = new TescForceWebApplicationFactory(await Fixture.UseAsync(DatabaseProvider.Sqlite));

        var response = await app.CreateClient().GetAsync("/culture/set?culture=xx&redirectUri=%2F");

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.Content.ReadAsStringAsync()).ShouldContain("Choose one of: en, fr.");
    }
}
