using System.Net;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Net.Http.Headers;
using TescForce.Infrastructure.Data;
using TescForce.IntegrationTests.Infrastructure;

namespace TescForce.IntegrationTests.Security.Auth;

/// <summary>
/// The Data Protection key ring lives in the database: a restarted instance, or a second one beside it, reads the same keys
/// and accepts the auth cookies the other issued.
/// </summary>
public sealed class DataProtectionKeyTests(DatabaseFixture fixture) : IntegrationTest(fixture)
{
    private const string Anne = "anne@naviga.example";
    private const string Bruno = "bruno@naviga.example";

    [Theory, BothProviders]
    public async Task A_restart_does_not_log_anyone_out(DatabaseProvider provider)
    {
        var database = await Fixture.UseAsync(provider);
        await ForgetKeysAsync(database);
        string cookie;
        await using (var before = new AuthHost(database))
        {
            await before.CreateUserAsync(Anne);
            cookie = AuthCookies(await AuthHost.LogInAsync(before.Browser(), Anne, AuthHost.Password));
        }

        var keys = await CountAsync<DataProtectionKey>(database);
        await using var after = new AuthHost(database);
        var response = await ManagePageAsync(after, cookie);

        keys.ShouldBeGreaterThan(0);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Theory, BothProviders]
    public async Task Two_instances_running_side_by_side_accept_each_others_cookies(DatabaseProvider provider)
    {
        var database = await Fixture.UseAsync(provider);
        await ForgetKeysAsync(database);
        await using var first = new AuthHost(database);
        await using var second = new AuthHost(database);
        await first.CreateUserAsync(Anne);
        await first.CreateUserAsync(Bruno);

        var (secondReadsFirst, firstReadsSecond) = await SignInOnEachAndSwapAsync(first, second);

        secondReadsFirst.StatusCode.ShouldBe(HttpStatusCode.OK);
        firstReadsSecond.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Theory, BothProviders]
    public async Task Two_instances_that_each_made_a_key_at_the_same_moment_still_accept_each_others_cookies(DatabaseProvider provider)
    {
        var database = await Fixture.UseAsync(provider);
        await ForgetKeysAsync(database);
        await using var first = new AuthHost(database);
        await using var second = new AuthHost(database);
        await first.CreateUserAsync(Anne);
        await first.CreateUserAsync(Bruno);

        // Both find the key ring empty and create a key before either has read the other's: the race of a first start.
        await Task.WhenAll(
            Task.Run(() => first.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("race").Protect("first")),
            Task.Run(() => second.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("race").Protect("second")));
        var (secondReadsFirst, firstReadsSecond) = await SignInOnEachAndSwapAsync(first, second);

        secondReadsFirst.StatusCode.ShouldBe(HttpStatusCode.OK);
        firstReadsSecond.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    /// <summary>Anne signs in on the first host and Bruno on the second; each host is then shown the other's cookie.</summary>
    private static async Task<(HttpResponseMessage SecondReadsFirst, HttpResponseMessage FirstReadsSecond)> SignInOnEachAndSwapAsync(
        AuthHost first, AuthHost second)
    {
        var fromFirst = AuthCookies(await AuthHost.LogInAsync(first.Browser(), Anne, AuthHost.Password));
        var fromSecond = AuthCookies(await AuthHost.LogInAsync(second.Browser(), Bruno, AuthHost.Password));
        return (await ManagePageAsync(second, fromFirst), await ManagePageAsync(first, fromSecond));
    }

    /// <summary>Starts from an empty key ring, so that only keys this test's hosts wrote to the database can count.</summary>
    private static Task<int> ForgetKeysAsync(TestDatabase database) =>
        ExecuteDbContextAsync(database, db => db.DataProtectionKeys.ExecuteDeleteAsync());

    /// <summary>The cookies a sign-in set, as a Cookie header another host's browser can send.</summary>
    private static string AuthCookies(HttpResponseMessage login)
    {
        login.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var cookies = SetCookieHeaderValue.ParseList([.. login.Headers.GetValues(HeaderNames.SetCookie)])
            .Where(c => !string.IsNullOrEmpty(c.Value.Value)).ToList();
        cookies.ShouldNotBeEmpty();
        return string.Join("; ", cookies.Select(c => $"{c.Name}={c.Value}"));
    }

    /// <summary>A page behind the sign-in, asked with the given cookies by a browser that keeps none of its own.</summary>
    private static async Task<HttpResponseMessage> ManagePageAsync(AuthHost host, string cookies)
    {
        using var browser = host.CreateClient(new WebApplicationFactoryClientOptions
        {
            AllowAutoRedirect = false, HandleCookies = false, BaseAddress = new Uri("https://localhost/"),
        });
        using var request = new HttpRequestMessage(HttpMethod.Get, "/Account/Manage");
        request.Headers.Add(HeaderNames.Cookie, cookies);
        return await browser.SendAsync(request);
    }
}
