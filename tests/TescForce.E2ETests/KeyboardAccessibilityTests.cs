using System.Text.RegularExpressions;
using Microsoft.Playwright;
using TescForce.E2ETests.Infrastructure;
using TescForce.Infrastructure.Identity;
using static Microsoft.Playwright.Assertions;

namespace TescForce.E2ETests;

/// <summary>A keyboard user skips to the content, always sees where the focus is, and logs in without a mouse.</summary>
public sealed class KeyboardAccessibilityTests(AppServerFixture app) : BrowserTest(app)
{
    private const int TabStops = 12;

    [Fact]
    public Task On_the_landing_page_the_first_tab_stop_is_a_visible_skip_link_to_the_content() => RunAsync(async page =>
    {
        await GoToInteractiveAsync(page, "/");
        await FocusShouldStayVisibleAsync(page, "the landing page");

        await GoToInteractiveAsync(page, "/");
        await SkipToContentAsync(page);
    });

    [Fact]
    public Task On_a_signed_in_page_the_skip_link_works_and_the_focus_stays_visible() => RunAsync(async page =>
    {
        await LogInAsync(page, DemoAccounts.CompanyMember.Email, DemoAccounts.CompanyMember.Password);
        await Expect(page).ToHaveURLAsync(new Regex("/$"));
        await GoToInteractiveAsync(page, "/company/consultants");
        await FocusShouldStayVisibleAsync(page, "/company/consultants");

        await GoToInteractiveAsync(page, "/company/consultants");
        await SkipToContentAsync(page);
    });

    [Fact]
    public Task A_person_logs_in_with_the_keyboard_only() => RunAsync(async page =>
    {
        await page.GotoAsync("/Account/Login");

        await TabToAsync(page, "#Input\\.Email");
        await page.Keyboard.TypeAsync(DemoAccounts.CompanyMember.Email);
        await page.Keyboard.PressAsync("Tab");
        await Expect(page.Locator("#Input\\.Password")).ToBeFocusedAsync();
        await page.Keyboard.TypeAsync(DemoAccounts.CompanyMember.Password);
        await page.Keyboard.PressAsync("Enter");

        await Expect(page).ToHaveURLAsync(new Regex("/$"));
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Log out" })).ToBeVisibleAsync();
    });

    private static async Task SkipToContentAsync(IPage page)
    {
        await FromTheTopAsync(page);
        await page.Keyboard.PressAsync("Tab");
        var skip = page.Locator(".skip-link");
        await Expect(skip).ToBeFocusedAsync();
        await Expect(skip).ToBeInViewportAsync();
        (await FocusRingAsync(page)).ShouldNotBeNull("the skip link has no visible focus outline");

        await page.Keyboard.PressAsync("Enter");
        (await FocusIsInMainAsync(page)).ShouldBeTrue("the skip link does not move the focus to the main content");
        await page.Keyboard.PressAsync("Tab");
        (await FocusIsInMainAsync(page)).ShouldBeTrue($"the tab after the skip link lands outside the main content, on {await FocusedAsync(page)}");
    }

    /// <summary>From the top of a freshly loaded page, each of the first tab stops shows an outline.</summary>
    private static async Task FocusShouldStayVisibleAsync(IPage page, string where)
    {
        await FromTheTopAsync(page);
        for (var stop = 0; stop < TabStops; stop++)
        {
            await page.Keyboard.PressAsync("Tab");
            var ring = await FocusRingAsync(page);
            ring.ShouldNotBeNull($"tab stop {stop + 1} on {where} ({await FocusedAsync(page)}) has no visible focus outline");
        }
    }

    /// <summary>
    /// Starts keyboard navigation at the top of the document, as on a page just opened: Blazor's FocusOnNavigate
    /// has put the focus on the h1, and the next Tab would start from there.
    /// </summary>
    private static Task FromTheTopAsync(IPage page) => page.EvaluateAsync("""
        () => {
            document.body.setAttribute('tabindex', '-1');
            document.body.focus();
            document.body.removeAttribute('tabindex');
        }
        """);

    private static async Task TabToAsync(IPage page, string selector)
    {
        for (var stop = 0; stop < 40; stop++)
        {
            await page.Keyboard.PressAsync("Tab");
            if (await page.EvaluateAsync<bool>("s => document.activeElement?.matches(s) === true", selector))
            {
                return;
            }
        }

        throw new ShouldAssertException($"{selector} cannot be reached with the Tab key");
    }

    /// <summary>The focused element's outline ("3px solid rgb(...)"), or null when it has none.</summary>
    private static Task<string?> FocusRingAsync(IPage page) => page.EvaluateAsync<string?>("""
        () => {
            const e = document.activeElement;
            if (!e || e === document.body) return null;
            const s = getComputedStyle(e);
            return s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2 ? `${s.outlineWidth} ${s.outlineStyle} ${s.outlineColor}` : null;
        }
        """);

    private static Task<bool> FocusIsInMainAsync(IPage page) =>
        page.EvaluateAsync<bool>("() => document.activeElement?.closest('#main-content') != null");

    private static Task<string> FocusedAsync(IPage page) =>
        page.EvaluateAsync<string>("() => document.activeElement?.outerHTML.slice(0, 120) ?? 'nothing'");
}
