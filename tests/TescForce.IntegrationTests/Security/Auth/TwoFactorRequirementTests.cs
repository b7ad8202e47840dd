using System.Net;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using TescForce.Domain.Identity;
using TescForce.Infrastructure.Data;
using TescForce.Infrastructure.Identity;
using TescForce.IntegrationTests.Infrastructure;
using TescForce.IntegrationTests.Public;

namespace TescForce.IntegrationTests.Security.Auth;

/// <summary>Curators must sign in with an authenticator app; everyone else may.</summary>
public sealed class TwoFactorRequirementTests(DatabaseFixture fixture) : IntegrationTest(fixture)
{
    private const string CuratorEmail = "claire@digital113.example";

    [Theory, BothProviders]
    public async Task A_curator_without_a_second_factor_is_sent_to_set_one_up_before_the_curators_area(DatabaseProvider provider)
    {
        var database = await Fixture.UseAsync(provider);
        await using var host = new AuthHost(database, environment: "Production");
        await host.CreateUserAsync(CuratorEmail, role: Roles.Curator);
        var browser = host.Browser();
        await AuthHost.LogInAsync(browser, CuratorEmail, AuthHost.Password);

        var admin = await browser.GetAsync("/admin/companies");
        var setUp = await browser.GetAsync("/Account/Manage/EnableAuthenticator?required=true");

        admin.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        admin.Headers.Location!.OriginalString.ShouldBe("/Account/Manage/EnableAuthenticator?required=true");
        setUp.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await setUp.Content.ReadAsStringAsync()).ShouldContain("Curators must sign in with an authenticator app");
    }

    [Theory, BothProviders]
    public async Task A_curator_who_signed_in_with_an_authenticator_code_reaches_the_curators_area(DatabaseProvider provider)
    {
        var database = await Fixture.UseAsync(provider);
        await using var host = new AuthHost(database, environment: "Production");
        var key = await EnableAuthenticatorAsync(host, await host.CreateUserAsync(CuratorEmail, role: Roles.Curator));
        var browser = host.Browser();

        var login = await AuthHost.LogInAsync(browser, CuratorEmail, AuthHost.Password);
        var askedForCode = new Uri(new Uri("https://localhost/"), login.Headers.Location!).PathAndQuery;
        var withCode = await PageHtml.PostFormAsync(browser, askedForCode, "login-with-2fa", "en",
            new Dictionary<string, string> { ["Input.TwoFactorCode"] = Totp(key, DateTimeOffset.UtcNow) });
        var admin = await browser.GetAsync("/admin/companies");

        askedForCode.ShouldStartWith("/Account/LoginWith2fa");
        withCode.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        admin.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Theory, BothProviders]
    public async Task A_company_member_without_a_second_factor_is_not_held_back(DatabaseProvider provider)
    {
        var database = await Fixture.UseAsync(provider);
        await using var host = new AuthHost(database, environment: "Production");
        await host.CreateUserAsync("marc@aerosoft.example");
        var browser = host.Browser();
        await AuthHost.LogInAsync(browser, "marc@aerosoft.example", AuthHost.Password);

        var notifications = await browser.GetAsync("/notifications");

        notifications.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Theory, BothProviders]
    public async Task The_requirement_can_be_turned_off_by_configuration(DatabaseProvider provider)
    {
        var database = await Fixture.UseAsync(provider);
        await using var host = new AuthHost(database, environment: "Production",
            settings: new Dictionary<string, string?> { ["Security:TwoFactor:RequiredForCurators"] = "false" });
        await host.CreateUserAsync(CuratorEmail, role: Roles.Curator);
        var browser = host.Browser();
        await AuthHost.LogInAsync(browser, CuratorEmail, AuthHost.Password);

        var admin = await browser.GetAsync("/admin/companies");

        admin.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    private static async Task<string> EnableAuthenticatorAsync(AuthHost host, ApplicationUser created)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        var user = (await users.FindByIdAsync(created.Id)).ShouldNotBeNull();
        (await users.ResetAuthenticatorKeyAsync(user)).Succeeded.ShouldBeTrue();
        (await users.SetTwoFactorEnabledAsync(user, true)).Succeeded.ShouldBeTrue();
        return (await users.GetAuthenticatorKeyAsync(user)).ShouldNotBeNull();
    }

    /// <summary>The code an authenticator app shows (RFC 6238: HMAC-SHA1 over 30-second steps, 6 digits).</summary>
    private static string Totp(string base32Key, DateTimeOffset now)
    {
        var counter = BitConverter.GetBytes(now.ToUnixTimeSeconds() / 30);
        if (BitConverter.IsLittleEndian)
        {
            Array.Reverse(counter);
        }

#pragma warning disable CA5350 // RFC 6238 authenticator apps use HMAC-SHA1, as Identity's AuthenticatorTokenProvider does.
        var hash = HMACSHA1.HashData(FromBase32(base32Key), counter);
#pragma warning restore CA5350
        var offset = hash[^1] & 0x0F;
        var binary = ((hash[offset] & 0x7F) << 24) | (hash[offset + 1] << 16) | (hash[offset + 2] << 8) | hash[offset + 3];
        return (binary % 1_000_000).ToString("D6", System.Globalization.CultureInfo.InvariantCulture);
    }

    private static byte[] FromBase32(string text)
    {
        const string Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
        var bits = 0;
        var buffer = 0;
        var bytes = new List<byte>();
        foreach (var c in text.TrimEnd('=').ToUpperInvariant())
        {
            buffer = (buffer << 5) | Alphabet.IndexOf(c);
            bits += 5;
            if (bits >= 8)
            {
                bytes.Add((byte)(buffer >> (bits - 8)));
                bits -= 8;
            }
        }

        return [.. bytes];
    }
}
