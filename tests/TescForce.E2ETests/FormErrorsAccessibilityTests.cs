using System.Text.RegularExpressions;
using Microsoft.Playwright;
using TescForce.E2ETests.Infrastructure;
using TescForce.Infrastructure.Identity;
using static Microsoft.Playwright.Assertions;

namespace TescForce.E2ETests;

/// <summary>
/// Each main form, sent empty or wrong in English and French, shows its errors in a way assistive technologies
/// announce (aria-invalid inputs described by their message, or an alert), and axe finds no serious or critical
/// WCAG 2.1 AA violation with the errors on screen.
/// </summary>
public sealed class FormErrorsAccessibilityTests(AppServerFixture app) : BrowserTest(app)
{
    public static TheoryData<string> Cultures => new() { "en", "fr" };

    [Theory]
    [MemberData(nameof(Cultures))]
    public Task Login_with_a_wrong_password_announces_the_error(string culture) => RunAsync(async page =>
    {
        await OpenInAsync(page, culture, "/Account/Login");
        await page.Locator("#Input\\.Email").FillAsync(DemoAccounts.CompanyMember.Email);
        await page.Locator("#Input\\.Password").FillAsync("not the password");
        await page.Locator("main button[type=submit]").First.ClickAsync();

        await Expect(page.Locator("main [role=alert]").First).ToBeVisibleAsync();
        await CheckAsync(page, $"login with a wrong password ({culture})", fieldErrors: false);
    });

    [Theory]
    [InlineData("/Account/RegisterCompany", "en")]
    [InlineData("/Account/RegisterCompany", "fr")]
    [InlineData("/Account/RegisterClient", "en")]
    [InlineData("/Account/RegisterClient", "fr")]
    [InlineData("/privacy/request", "en")]
    [InlineData("/privacy/request", "fr")]
    public Task A_public_form_sent_empty_announces_its_errors(string path, string culture) => RunAsync(async page =>
    {
        await OpenInAsync(page, culture, path);
        await page.Locator("main form button[type=submit]").First.ClickAsync();

        await Expect(page.Locator("[aria-invalid=true]").First).ToBeVisibleAsync();
        await CheckAsync(page, $"{path} sent empty ({culture})");
    });

    [Theory]
    [MemberData(nameof(Cultures))]
    public Task The_consultant_form_sent_empty_announces_its_errors(string culture) => RunAsync(async page =>
    {
        await OpenSignedInAsync(page, DemoAccounts.CompanyMember, culture, "/company/consultants/new");
        // The browser's own check of the required fields would stop the empty form first; its bubble is accessible
        // on its own. Skipped here to reach the form's validation messages.
        await page.Locator("main form").EvaluateAsync("form => form.noValidate = true");
        await page.Locator("main form button[type=submit]").First.ClickAsync();

        await Expect(page.Locator("[aria-invalid=true]").First).ToBeVisibleAsync();
        await CheckAsync(page, $"the consultant form sent empty ({culture})");
    });

    [Theory]
    [MemberData(nameof(Cultures))]
    public Task The_mission_form_saved_empty_announces_its_errors(string culture) => RunAsync(async page =>
    {
        await OpenSignedInAsync(page, DemoAccounts.ClientMember, culture, "/client/missions/new");
        var saveDraft = culture == "fr" ? "Enregistrer le brouillon" : "Save as draft";
        await page.GetByRole(AriaRole.Button, new() { Name = saveDraft }).ClickAsync();

        await Expect(page.Locator("main [role=alert]").First).ToBeVisibleAsync();
        await CheckAsync(page, $"the mission form saved empty ({culture})");
    });

    private static async Task OpenSignedInAsync(IPage page, DemoAccount account, string culture, string path)
    {
        await LogInAsync(page, account.Email, account.Password);
        await Expect(page).ToHaveURLAsync(new Regex("/$"));
        await OpenInAsync(page, culture, path);
        await WaitForInteractiveAsync(page);
    }

    private static Task OpenInAsync(IPage page, string culture, string path) =>
        page.GotoAsync($"/culture/set?culture={culture}&redirectUri={Uri.EscapeDataString(path)}");

    private static async Task CheckAsync(IPage page, string where, bool fieldErrors = true)
    {
        await page.ShouldAnnounceErrorsAsync(where, fieldErrors);
        await page.ShouldHaveNoSeriousViolationsAsync(where);
    }
}
