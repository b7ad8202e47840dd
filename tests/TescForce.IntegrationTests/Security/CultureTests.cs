using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TescForce.Infrastructure.Identity;
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

    [Theory, BothProviders]
    public async Task A_signed_in_users_choice_is_kept_on_the_account_for_the_emails_sent_to_them(DatabaseProvider provider)
    {
        var database = await Fixture.UseAsync(provider);
        await using var app = new TescForceWebApplicationFactory(database, settings: TestAuthentication.Setting);
        var (organisation, _) = await TestData.InsertClientAsync(database, "Maple Avionics");
        var member = await TestData.InsertMemberAsync(database, "chloe@maple.example", null, clientId: organisation.Id);
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false }).SignedInAs(member.UserId, member.Roles);

        var set = await client.GetAsync("/culture/set?culture=FR&redirectUri=%2F");

        set.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await ExecuteDbContextAsync(database, db => db.Users.SingleAsync(u => u.Id == member.UserId))).PreferredCulture.ShouldBe("fr");
    }

    [Theory, BothProviders]
    public async Task Logging_in_sets_the_culture_cookie_from_the_account_so_the_choice_follows_the_user(DatabaseProvider provider)
    {
        var database = await Fixture.UseAsync(provider);
        await using var app = new TescForceWebApplicationFactory(database);
        var (organisation, _) = await TestData.InsertClientAsync(database, "Maple Avionics");
        var member = await TestData.InsertMemberAsync(database, "chloe@maple.example", "fr", clientId: organisation.Id);
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
            (await users.AddPasswordAsync((await users.FindByIdAsync(member.UserId))!, "Correct-horse-42")).Succeeded.ShouldBeTrue();
        }

        var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en-GB,en;q=0.9");

        var login = await client.SubmitFormAsync("/Account/Login", "login", new Dictionary<string, string>
        {
            ["Input.Email"] = "chloe@maple.example",
            ["Input.Password"] = "Correct-horse-42",
        });
        var home = await client.GetStringAsync("/");

        login.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        login.Headers.GetValues("Set-Cookie").ShouldContain(c => c.StartsWith(".AspNetCore.Culture=c%3Dfr%7Cuic%3Dfr", StringComparison.Ordinal));
        home.ShouldContain("<html lang=\"fr\">");
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
