using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using TescForce.Application.SkillsMap;
using TescForce.E2ETests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace TescForce.E2ETests;

/// <summary>The landing page on the demo data, as a visitor from abroad sees it: the live counts in English and French, and the way in for a company.</summary>
public sealed class LandingJourneyTests(AppServerFixture app) : BrowserTest(app)
{
    [Fact]
    public Task A_visitor_sees_the_available_engineers_in_both_languages_and_follows_register_your_company() => RunAsync(async page =>
    {
        var expected = await ExpectedAsync("en");
        expected.Total.ShouldNotBeNull("the demo data has many available consultants");

        await page.GotoAsync("/");
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "en");
        await Expect(page).ToHaveTitleAsync(new Regex("^TescForce — Engineering skills from Occitanie"));
        await Expect(page.GetByTestId("landing-available")).ToHaveTextAsync($"{expected.Total!.Value.ToString("N0", CultureInfo.GetCultureInfo("en-US"))} engineers available now");
        await Expect(page.GetByTestId("landing-family-count")).ToHaveCountAsync(Math.Min(6, expected.Families.Count));
        await Expect(page.GetByTestId("landing-family-count").First).ToContainTextAsync(expected.Families[0].Count is { } first
            ? first.ToString("N0", CultureInfo.GetCultureInfo("en-US")) : "fewer than 5");
        await SaveScreenshotAsync(page, "landing-en");
        await page.SetViewportSizeAsync(390, 844);
        await SaveScreenshotAsync(page, "landing-en-390");
        await page.SetViewportSizeAsync(1440, 900);

        await page.GetByRole(AriaRole.Navigation, new() { Name = "Language" }).GetByRole(AriaRole.Link, new() { Name = "FR" }).ClickAsync();
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "fr");
        var french = (await ExpectedAsync("fr")).Total!.Value.ToString("N0", CultureInfo.GetCultureInfo("fr-FR"));
        await Expect(page.GetByTestId("landing-available")).ToHaveTextAsync($"{french} ingénieurs disponibles dès maintenant");
        await SaveScreenshotAsync(page, "landing-fr");
        await page.SetViewportSizeAsync(390, 844);
        await SaveScreenshotAsync(page, "landing-fr-390");
        await page.SetViewportSizeAsync(1440, 900);

        await page.GetByTestId("landing-register-company").ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/Account/RegisterCompany$"));
    });

    /// <summary>
    /// Nothing moves while the landing page loads and its circuit starts (cumulative layout shift, as the browser
    /// reports it, for a phone and a desktop, in each language): the counts are in the prerendered page, not filled in later.
    /// </summary>
    [Theory]
    [InlineData("en-US", 1440, 900)]
    [InlineData("fr-FR", 390, 844)]
    public Task The_landing_page_does_not_shift_while_it_loads(string locale, int width, int height) => RunAsync(async page =>
    {
        await page.SetViewportSizeAsync(width, height);
        await page.AddInitScriptAsync("""
            window.__shifts = [];
            new PerformanceObserver(list => {
              for (const e of list.getEntries()) {
                if (!e.hadRecentInput) window.__shifts.push({ value: e.value, sources: (e.sources || []).map(s => s.node ? (s.node.className || s.node.nodeName) + '' : '?') });
              }
            }).observe({ type: 'layout-shift', buffered: true });
            """);

        await GoToInteractiveAsync(page, "/");
        await Expect(page.GetByTestId("landing-available")).ToBeVisibleAsync();
        await page.WaitForTimeoutAsync(1000); // late shifts (fonts, the circuit's first render) would land in this second

        var shifts = await page.EvaluateAsync<LayoutShift[]>("() => window.__shifts");
        shifts.Sum(s => s.Value).ShouldBeLessThan(0.01, "layout shifts: " + string.Join("; ", shifts.Select(s => $"{s.Value:0.0000} {string.Join(",", s.Sources)}")));
    }, locale);

    private sealed record LayoutShift(double Value, string[] Sources);

    /// <summary>The public map as the page asks for it.</summary>
    private async Task<SkillsMapResult> ExpectedAsync(string language)
    {
        await using var scope = App.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<SkillsMapService>().PublicMapAsync(new SkillsMapQuery(), language);
    }
}
