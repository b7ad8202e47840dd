using System.Diagnostics;
using System.Net;
using TescForce.Infrastructure.Data;
using TescForce.IntegrationTests.Infrastructure;
using TescForce.IntegrationTests.Public;
using Xunit.Abstractions;

namespace TescForce.IntegrationTests.Security.Auth;

/// <summary>Wrong passwords lock the account; too many sign-in POSTs from one address are refused before they count.</summary>
public sealed class LoginLimitsTests(DatabaseFixture fixture, ITestOutputHelper output) : IntegrationTest(fixture)
{
    private const string Email = "anne@naviga.example";

    [Theory, BothProviders]
    public async Task Five_wrong_passwords_lock_the_account_and_the_right_one_is_then_refused(DatabaseProvider provider)
    {
        var database = await Fixture.UseAsync(provider);
        await using var host = new AuthHost(database);
        await host.CreateUserAsync(Email);
        var browser = host.Browser();

        for (var attempt = 1; attempt <= 5; attempt++)
        {
            await AuthHost.LogInAsync(browser, Email, "not the password at all");
        }

        var right = await AuthHost.LogInAsync(browser, Email, AuthHost.Password);

        right.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        right.Headers.Location!.OriginalString.ShouldContain("Account/Lockout");
        (await host.FindAsync(Email)).LockoutEnd.ShouldNotBeNull().ShouldBeGreaterThan(host.Clock.GetUtcNow());
        (await AuthHost.IsSignedInAsync(browser)).ShouldBeFalse();
    }

    [Theory, BothProviders]
    public async Task A_login_post_beyond_the_limit_gets_429_and_counts_no_failed_attempt(DatabaseProvider provider)
    {
        var database = await Fixture.UseAsync(provider);
        await using var host = new AuthHost(database, settings: new Dictionary<string, string?>
        {
            ["Security:RateLimits:Login:Permits"] = "2", ["Security:RateLimits:Login:Window"] = "00:10:00",
        });
        await host.CreateUserAsync(Email);
        var browser = host.Browser();

        await AuthHost.LogInAsync(browser, Email, "not the password at all");
        await AuthHost.LogInAsync(browser, Email, "not the password at all");
        var third = await AuthHost.LogInAsync(browser, Email, "not the password at all");
        var page = await browser.GetAsync("/Account/Login");

        third.StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
        third.Headers.RetryAfter.ShouldNotBeNull();
        WebUtility.HtmlDecode(await third.Content.ReadAsStringAsync()).ShouldContain("Too many sign-in or registration attempts");
        (await host.FindAsync(Email)).AccessFailedCount.ShouldBe(2);
        page.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Theory, BothProviders]
    public async Task A_registration_post_beyond_the_limit_gets_429_in_french(DatabaseProvider provider)
    {
        var database = await Fixture.UseAsync(provider);
        await using var host = new AuthHost(database, settings: new Dictionary<string, string?>
        {
            ["Security:RateLimits:Registration:Permits"] = "1",
        });
        var browser = host.Browser();
        var fields = new Dictionary<string, string> { ["Input.Name"] = "" };

        await PageHtml.PostFormAsync(browser, "/Account/RegisterClient", "register-client", "fr", fields);
        var second = await PageHtml.PostFormAsync(browser, "/Account/RegisterCompany", "register-company", "fr", fields);

        second.StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
        WebUtility.HtmlDecode(await second.Content.ReadAsStringAsync()).ShouldContain("Trop de tentatives");
    }

    [Theory, BothProviders]
    public async Task The_right_password_signs_in_and_the_time_it_takes_goes_to_the_output(DatabaseProvider provider)
    {
        var database = await Fixture.UseAsync(provider);
        await using var host = new AuthHost(database);
        await host.CreateUserAsync(Email);
        var browser = host.Browser();
        await browser.GetAsync("/Account/Login");

        var watch = Stopwatch.StartNew();
        var response = await AuthHost.LogInAsync(browser, Email, AuthHost.Password);
        watch.Stop();

        // Not a timed assertion (benchmarks measure performance): the figure goes to the test output for the record.
        output.WriteLine($"Sign-in (GET form + POST) took {watch.ElapsedMilliseconds} ms");
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await AuthHost.IsSignedInAsync(browser)).ShouldBeTrue();
    }
}
