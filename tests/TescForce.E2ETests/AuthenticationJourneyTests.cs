using System.Text.RegularExpressions;
using Microsoft.Playwright;
using TescForce.E2ETests.Infrastructure;
using TescForce.Infrastructure.Identity;
using static Microsoft.Playwright.Assertions;

namespace TescForce.E2ETests;

public sealed class AuthenticationJourneyTests(AppServerFixture app) : BrowserTest(app)
{
    [Fact]
    public Task An_anonymous_visitor_asking_for_the_curation_area_is_sent_to_login() => RunAsync(async page =>
    {
        await page.GotoAsync("/admin/users");

        await Expect(page).ToHaveURLAsync(new Regex("/Account/Login\\?ReturnUrl=%2Fadmin%2Fusers$"));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Log in", Exact = true })).ToBeVisibleAsync();
        await SaveScreenshotAsync(page, "login");
    });

    [Fact]
    public Task The_demo_curator_logs_in_through_the_form_and_sees_the_curators_navigation() => RunAsync(async page =>
    {
        await LogInAsync(page, DemoAccounts.Curator.Email, DemoAccounts.Curator.Password);

        await Expect(page).ToHaveURLAsync(new Regex("/$"));
        var navigation = page.GetByRole(AriaRole.Navigation, new() { Name = "Main navigation" });
        await Expect(navigation.GetByText("Curation")).ToBeVisibleAsync();
        await Expect(page.GetByText(DemoAccounts.Curator.Email).First).ToBeVisibleAsync();
        await SaveScreenshotAsync(page, "home-curator");

        await navigation.GetByRole(AriaRole.Link, new() { Name = "Users" }).ClickAsync();

        await Expect(page).ToHaveURLAsync(new Regex("/admin/users$"));
        foreach (var account in DemoAccounts.All)
        {
            await Expect(page.GetByRole(AriaRole.Cell, new() { Name = account.Email, Exact = true })).ToBeVisibleAsync();
        }
    });

    [Fact]
    public Task A_company_member_does_not_see_the_curation_area() => RunAsync(async page =>
    {
        await LogInAsync(page, DemoAccounts.CompanyMember.Email, DemoAccounts.CompanyMember.Password);

        await Expect(page).ToHaveURLAsync(new Regex("/$"));
        var navigation = page.GetByRole(AriaRole.Navigation, new() { Name = "Main navigation" });
        await Expect(navigation.GetByRole(AriaRole.Link, new() { Name = "My account" })).ToBeVisibleAsync();
        await Expect(navigation.GetByText("Curation")).ToHaveCountAsync(0);

        await page.GotoAsync("/admin");

        await Expect(page).ToHaveURLAsync(new Regex("/Account/AccessDenied"));
    });

    [Fact]
    public Task A_wrong_password_is_refused_with_a_message() => RunAsync(async page =>
    {
        await LogInAsync(page, DemoAccounts.Curator.Email, "not-the-right-password");

        await Expect(page.GetByRole(AriaRole.Alert).Filter(new() { HasText = "Invalid login attempt" })).ToBeVisibleAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/Account/Login"));
    });

    [Fact]
    public Task The_language_switch_turns_the_site_french_and_remembers_it() => RunAsync(async page =>
    {
        await page.GotoAsync("/");
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "en");

        await page.GetByRole(AriaRole.Navigation, new() { Name = "Language" }).GetByRole(AriaRole.Link, new() { Name = "FR" }).ClickAsync();

        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "fr");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Des compétences d'ingénierie");
        await SaveScreenshotAsync(page, "home-fr");

        await page.GotoAsync("/Account/Login");

        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "fr");
    });
}
