using System.Net;
using TescForce.Infrastructure.Data;
using TescForce.IntegrationTests.Infrastructure;

namespace TescForce.IntegrationTests.Security.Auth;

/// <summary>
/// The first visit to the authenticator page creates the account's authenticator key, which changes its security stamp: the
/// visitor's own cookie must follow, or the stamp check (every minute) signs them out while they scan the QR code, and the code
/// they then type is answered with the login page. Found by the access table (Security/Authorization).
/// </summary>
public sealed class AuthenticatorEnrolmentTests(DatabaseFixture fixture) : IntegrationTest(fixture)
{
    [Theory, BothProviders]
    public async Task Opening_the_authenticator_page_keeps_the_visitor_signed_in(DatabaseProvider provider)
    {
        var database = await Fixture.UseAsync(provider);
        await using var host = new AuthHost(database, settings: new Dictionary<string, string?> { ["Security:Session:ValidationInterval"] = "00:00:00" });
        await host.CreateUserAsync("anne@naviga.example");
        var browser = host.Browser();
        await AuthHost.LogInAsync(browser, "anne@naviga.example", AuthHost.Password);

        var page = await browser.GetAsync("/Account/Manage/EnableAuthenticator");
        host.Clock.Advance(TimeSpan.FromSeconds(1));

        page.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await AuthHost.IsSignedInAsync(browser)).ShouldBeTrue();
    }
}
