using System.Text.RegularExpressions;
using Microsoft.Playwright;
using TescForce.E2ETests.Infrastructure;
using TescForce.Infrastructure.Identity;
using static Microsoft.Playwright.Assertions;

namespace TescForce.E2ETests;

/// <summary>
/// Every main page of each role renders, has a heading, shows no raw resource key, and is saved as a
/// screenshot at phone and desktop widths (TestResults/screenshots) for people to look at; axe-core finds
/// no serious or critical WCAG 2.1 AA violation at either width, and at phone width the page does not scroll sideways.
/// </summary>
public sealed partial class PageTourTests(AppServerFixture app) : BrowserTest(app)
{
    public static TheoryData<string, string?> Pages => new()
    {
        { "/", null },
        { "/about", null },
        { "/Account/Login", null },
        { "/Account/Register", null },
        { "/Account/RegisterCompany", null },
        { "/Account/RegisterClient", null },
        { "/dev/mailbox", null },
        { "/company", "company" },
        { "/company/consultants", "company" },
        { "/company/consultants/new", "company" },
        { "/notifications", "company" },
        { "/client/missions", "client" },
        { "/client/missions/new", "client" },
        { "/client/introductions", "client" },
        { "/client/organisation", "client" },
        { "/notifications", "client" },
        { "/company/introductions", "company" },
        { "/company/opportunities", "company" },
        { "/talent", "client" },
        { "/talent", "curator" },
        { "/admin", "curator" },
        { "/admin/companies", "curator" },
        { "/admin/clients", "curator" },
        { "/admin/missions", "curator" },
        { "/admin/profiles", "curator" },
        { "/admin/users", "curator" },
        { "/admin/skills", "curator" },
        { "/admin/skills-map", "curator" },
        { "/skills-map", null },
        { "/admin/audit", "curator" },
        { "/privacy/request", null },
        { "/privacy/request/sent", null },
        { "/admin/personal-data", "curator" },
        { "/legal", null },
        { "/privacy", null },
        { "/contact", null },
        { "/contact/sent", null },
        { "/no-such-page", null },
        { "/Account/ForgotPassword", null },
        { "/Account/Manage", "company" },
        { "/Account/Manage/ChangePassword", "company" },
        { "/Account/Manage/TwoFactorAuthentication", "company" },
    };

    [Theory]
    [MemberData(nameof(Pages))]
    public Task A_main_page_renders_in_both_languages_without_raw_keys(string path, string? role) => RunAsync(async page =>
    {
        if (role is not null)
        {
            var account = role switch
            {
                "curator" => DemoAccounts.Curator,
                "client" => DemoAccounts.ClientMember,
                _ => DemoAccounts.CompanyMember,
            };
            await LogInAsync(page, account.Email, account.Password);
            await Expect(page).ToHaveURLAsync(new Regex("/$"));
        }

        foreach (var culture in new[] { "en", "fr" })
        {
            await page.GotoAsync($"/culture/set?culture={culture}&redirectUri={Uri.EscapeDataString(path)}");
            if (IsInteractive(path, role))
            {
                await WaitForInteractiveAsync(page);
            }

            await Expect(page.Locator("h1").First).ToBeVisibleAsync();
            await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", culture);
            var text = await page.Locator("body").InnerTextAsync();
            RawKey().Matches(text).Select(m => m.Value).ShouldBeEmpty($"raw resource keys on {path} ({culture})");
            await page.ShouldHaveNoSeriousViolationsAsync($"{path} ({culture}, 1440 px)");

            var name = $"{(role ?? "visitor")}-{path.Trim('/').Replace('/', '-')}-{culture}".Replace("--", "-", StringComparison.Ordinal).TrimEnd('-');
            await SaveScreenshotAsync(page, $"{name}-1440");
            // Load the page again at phone width, as a phone would: the layout picks its breakpoint on load.
            await page.SetViewportSizeAsync(390, 844);
            await page.ReloadAsync();
            if (IsInteractive(path, role))
            {
                await WaitForInteractiveAsync(page);
            }

            await SaveScreenshotAsync(page, $"{name}-390", fullPage: false);
            if (culture == "en")
            {
                // The phone layout's structure and colours do not change with the language: one check of it is enough.
                await page.ShouldHaveNoSeriousViolationsAsync($"{path} ({culture}, 390 px)");
            }

            await page.ShouldNotOverflowHorizontallyAsync($"{path} ({culture}, 390 px)");
            await page.SetViewportSizeAsync(1440, 900);
        }
    });

    // The account pages are rendered on the server without a circuit, as in the template: they set cookies.
    private static bool IsInteractive(string path, string? role) =>
        role is not null && !path.StartsWith("/Account", StringComparison.Ordinal);

    // Keys look like Consultant_FullName or Nav_Home: a capitalised word, an underscore, another word.
    [GeneratedRegex(@"\b[A-Z][A-Za-z]+_[A-Z][A-Za-z0-9]*\b")]
    private static partial Regex RawKey();
}
