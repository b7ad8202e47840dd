using System.Buffers.Binary;
using System.Net;
using Microsoft.EntityFrameworkCore;
using TescForce.Infrastructure.Data;
using TescForce.IntegrationTests.Infrastructure;
using TescForce.IntegrationTests.Public;

namespace TescForce.IntegrationTests.Security.Auth;

/// <summary>Registration refuses common passwords, accepts long ones, and stores PBKDF2 hashes of 210,000 iterations or more.</summary>
public sealed class PasswordPolicyTests(DatabaseFixture fixture) : IntegrationTest(fixture)
{
    private static Dictionary<string, string> Registration(string email, string password) => new()
    {
        ["Input.Name"] = "Naviga Systèmes", ["Input.Siren"] = "901000000", ["Input.City"] = "Blagnac", ["Input.Website"] = "",
        ["Input.Description"] = "", ["Input.ContactName"] = "Anne Martin", ["Input.Email"] = email,
        ["Input.Password"] = password, ["Input.ConfirmPassword"] = password,
    };

    [Theory, BothProviders]
    public async Task Registration_refuses_a_common_password_with_the_reason_in_french_and_creates_nothing(DatabaseProvider provider)
    {
        var database = await Fixture.UseAsync(provider);
        await using var host = new AuthHost(database);

        var response = await PageHtml.PostFormAsync(host.Browser(), "/Account/RegisterCompany", "register-company", "fr",
            Registration("anne@naviga.example", "Password1234"));

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync())
            .ShouldContain("Ce mot de passe fait partie des plus courants ; choisissez-en un autre.");
        (await ExecuteDbContextAsync(database, db => db.MemberCompanies.CountAsync(c => c.Siren == "901000000"))).ShouldBe(0);
        (await ExecuteDbContextAsync(database, db => db.Users.CountAsync(u => u.Email == "anne@naviga.example"))).ShouldBe(0);
    }

    [Theory, BothProviders]
    public async Task A_64_character_password_is_accepted_and_hashed_with_at_least_210000_iterations(DatabaseProvider provider)
    {
        var database = await Fixture.UseAsync(provider);
        await using var host = new AuthHost(database);
        var password = string.Concat(Enumerable.Repeat("garonne ", 8));
        password.Length.ShouldBe(64);

        var response = await PageHtml.PostFormAsync(host.Browser(), "/Account/RegisterCompany", "register-company", "en",
            Registration("anne@naviga.example", password));

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var hash = Convert.FromBase64String((await host.FindAsync("anne@naviga.example")).PasswordHash!);
        // Identity's V3 format: 0x01, PRF (4 bytes), iteration count (4 bytes, big-endian), salt length, salt, subkey.
        hash[0].ShouldBe((byte)0x01);
        BinaryPrimitives.ReadUInt32BigEndian(hash.AsSpan(5, 4)).ShouldBeGreaterThanOrEqualTo(210_000u);
    }
}
