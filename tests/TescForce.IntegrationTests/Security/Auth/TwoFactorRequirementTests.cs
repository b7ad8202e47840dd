using System.Net;
using TescForce.Domain.Identity;
using TescForce.Infrastructure.Data;
using TescForce.IntegrationTests.Infrastructure;

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
        var key = await Authenticator.EnableAsync(host.Services, (await host.CreateUserAsync(CuratorEmail, role: Roles.Curator)).Id);
        var browser = host.Browser();

        var login = await AuthHost.LogInAsync(browser, CuratorEmail, AuthHost.Password);
        var (askedForCode, withCode) = await Authenticator.GiveCodeAsync(browser, login, key);
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
}
