using System.Text.RegularExpressions;
using Microsoft.Playwright;
using TescForce.E2ETests.Infrastructure;
using TescForce.Infrastructure.Identity;
using static Microsoft.Playwright.Assertions;

namespace TescForce.E2ETests;

/// <summary>A member company's user opens the curators' area: the access-denied page says why and offers to log in with another account, which leads back there.</summary>
public sealed class AccessDeniedJourneyTests(AppServerFixture app) : BrowserTest(app)
{
    [Fact]
    public Task A_user_of_another_role_is_told_why_and_logs_in_as_a_curator_to_reach_the_page() => RunAsync(async page =>
    {
        await LogInAsync(page, DemoAccounts.CompanyMember.Email, DemoAccounts.CompanyMember.Password);
        await Expect(page).ToHaveURLAsync(new Regex("/$"));

        await page.GotoAsync("/admin");

        await Expect(page).ToHaveTitleAsync("Access denied — TescForce");
        await Expect(page.GetByTestId("access-denied")).ToContainTextAsync("this page is for another kind of account");
        await SaveScreenshotAsync(page, "access-denied-1440");
        await page.SetViewportSizeAsync(390, 844);
        await SaveScreenshotAsync(page, "access-denied-390", fullPage: false);
        await page.SetViewportSizeAsync(1440, 900);

        await page.GetByRole(AriaRole.Button, new() { Name = "Log in with another account" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/Account/Login\\?ReturnUrl=%2Fadmin$"));
        await page.GetByLabel("Email").FillAsync(DemoAccounts.Curator.Email);
        await page.GetByLabel("Password").FillAsync(DemoAccounts.Curator.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Log in", Exact = true }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/admin$"));
    });
}
