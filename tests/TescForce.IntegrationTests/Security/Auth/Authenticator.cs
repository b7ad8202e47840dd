using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using TescForce.Infrastructure.Identity;
using TescForce.IntegrationTests.Public;

namespace TescForce.IntegrationTests.Security.Auth;

/// <summary>An authenticator app for tests: turns two-factor on for an account and computes the codes the app would show.</summary>
internal static class Authenticator
{
    /// <summary>Gives the account an authenticator key, turns two-factor on and returns the key (base32), as the set-up page would.</summary>
    public static async Task<string> EnableAsync(IServiceProvider services, string userId)
    {
        await using var scope = services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        var user = (await users.FindByIdAsync(userId)).ShouldNotBeNull();
        (await users.ResetAuthenticatorKeyAsync(user)).Succeeded.ShouldBeTrue();
        (await users.SetTwoFactorEnabledAsync(user, true)).Succeeded.ShouldBeTrue();
        return (await users.GetAuthenticatorKeyAsync(user)).ShouldNotBeNull();
    }

    /// <summary>
    /// Follows a password sign-in to the page that asks for the code and posts the code the app shows now: returns where the
    /// sign-in sent the browser (path and query) and the answer to the code.
    /// </summary>
    public static async Task<(string AskedAt, HttpResponseMessage Answer)> GiveCodeAsync(HttpClient browser, HttpResponseMessage login, string key)
    {
        var askedAt = new Uri(new Uri("https://localhost/"), login.Headers.Location!).PathAndQuery;
        var answer = await PageHtml.PostFormAsync(browser, askedAt, "login-with-2fa", "en",
            new Dictionary<string, string> { ["Input.TwoFactorCode"] = Code(key, DateTimeOffset.UtcNow) });
        return (askedAt, answer);
    }

    /// <summary>The code an authenticator app shows (RFC 6238: HMAC-SHA1 over 30-second steps, 6 digits).</summary>
    public static string Code(string base32Key, DateTimeOffset now)
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
