using System.Net;
using Microsoft.Net.Http.Headers;
using TescForce.Infrastructure.Data;
using TescForce.IntegrationTests.Infrastructure;
using TescForce.IntegrationTests.Public;

namespace TescForce.IntegrationTests.Security.Auth;

/// <summary>Sessions end when idle and after their absolute lifetime; cookies are hardened; a password change signs the other browsers out.</summary>
public sealed class SessionTests(DatabaseFixture fixture) : IntegrationTest(fixture)
{
    private const string Email = "anne@naviga.example";

    [Theory, BothProviders]
    public async Task A_session_idle_for_longer_than_the_idle_timeout_ends(DatabaseProvider provider)
    {
        var database = await Fixture.UseAsync(provider);
        await using var host = new AuthHost(database, settings: new Dictionary<string, string?> { ["Security:Session:IdleTimeout"] = "00:30:00" });
        await host.CreateUserAsync(Email);
        var browser = host.Browser();
        await AuthHost.LogInAsync(browser, Email, AuthHost.Password);

        host.Clock.Advance(TimeSpan.FromMinutes(20));
        var active = await AuthHost.IsSignedInAsync(browser);
        host.Clock.Advance(TimeSpan.FromMinutes(31));
        var idle = await AuthHost.IsSignedInAsync(browser);

        active.ShouldBeTrue();
        idle.ShouldBeFalse();
    }

    [Theory, BothProviders]
    public async Task An_active_session_ends_after_its_absolute_lifetime_despite_sliding_renewals(DatabaseProvider provider)
    {
        var database = await Fixture.UseAsync(provider);
        await using var host = new AuthHost(database, settings: new Dictionary<string, string?>
        {
            ["Security:Session:IdleTimeout"] = "08:00:00", ["Security:Session:AbsoluteLifetime"] = "12:00:00",
        });
        await host.CreateUserAsync(Email);
        var browser = host.Browser();
        await AuthHost.LogInAsync(browser, Email, AuthHost.Password);

        var renewals = new List<bool>();
        for (var step = 0; step < 2; step++)
        {
            // More than half the idle timeout: each request renews the cookie with a new IssuedUtc.
            host.Clock.Advance(TimeSpan.FromHours(5));
            renewals.Add(await AuthHost.IsSignedInAsync(browser));
        }

        host.Clock.Advance(TimeSpan.FromHours(3));
        var afterTwelveHours = await AuthHost.IsSignedInAsync(browser);

        renewals.ShouldBe([true, true]);
        afterTwelveHours.ShouldBeFalse();
    }

    [Theory, BothProviders]
    public async Task In_production_the_cookies_are_host_prefixed_secure_http_only_and_same_site(DatabaseProvider provider)
    {
        var database = await Fixture.UseAsync(provider);
        // Production's default (unit-tested in AuthCookiesTests); the test factory turns it off for plain-http clients.
        await using var host = new AuthHost(database, environment: "Production",
            settings: new Dictionary<string, string?> { ["Security:Session:SecureCookies"] = "true" });
        await host.CreateUserAsync(Email);
        var browser = host.Browser();

        var page = await browser.GetAsync("/Account/Login");
        var login = await AuthHost.LogInAsync(browser, Email, AuthHost.Password);

        var cookies = SetCookieHeaderValue.ParseList([.. page.Headers.GetValues(HeaderNames.SetCookie), .. login.Headers.GetValues(HeaderNames.SetCookie)])
            .Where(c => !string.IsNullOrEmpty(c.Value.Value)).ToList();
        cookies.Select(c => c.Name.Value).ShouldContain("__Host-TescForce.Antiforgery");
        cookies.Select(c => c.Name.Value).ShouldContain("__Host-TescForce.Auth");
        cookies.ShouldAllBe(c => c.Name.Value!.StartsWith("__Host-") && c.Secure && c.HttpOnly
                                 && c.SameSite == Microsoft.Net.Http.Headers.SameSiteMode.Lax && c.Path == "/" && c.Domain.Value == null);
        (await AuthHost.IsSignedInAsync(browser)).ShouldBeTrue();
    }

    [Theory, BothProviders]
    public async Task A_password_change_signs_the_other_browsers_out_and_keeps_this_one(DatabaseProvider provider)
    {
        var database = await Fixture.UseAsync(provider);
        await using var host = new AuthHost(database, settings: new Dictionary<string, string?> { ["Security:Session:ValidationInterval"] = "00:00:00" });
        await host.CreateUserAsync(Email);
        var laptop = host.Browser();
        var phone = host.Browser();
        await AuthHost.LogInAsync(laptop, Email, AuthHost.Password);
        await AuthHost.LogInAsync(phone, Email, AuthHost.Password);

        var change = await PageHtml.PostFormAsync(laptop, "/Account/Manage/ChangePassword", "change-password", "en", new Dictionary<string, string>
        {
            ["Input.OldPassword"] = AuthHost.Password,
            ["Input.NewPassword"] = "a new sentence about the canal du midi",
            ["Input.ConfirmPassword"] = "a new sentence about the canal du midi",
        });
        host.Clock.Advance(TimeSpan.FromSeconds(1));

        change.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await AuthHost.IsSignedInAsync(phone)).ShouldBeFalse();
        (await AuthHost.IsSignedInAsync(laptop)).ShouldBeTrue();
    }
}
