using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using TescForce.Application.Common;
using TescForce.Application.SkillsMap;
using TescForce.Domain.Consultants;
using TescForce.Domain.Identity;
using TescForce.E2ETests.Infrastructure;
using TescForce.Infrastructure.Identity;
using static Microsoft.Playwright.Assertions;

namespace TescForce.E2ETests;

/// <summary>The skills map in the browser on the demo data: the curator's question, and the public map.</summary>
public sealed class SkillsMapJourneyTests(AppServerFixture app) : BrowserTest(app)
{
    [Fact]
    public Task A_curator_finds_how_many_machine_learning_engineers_with_C1_English_are_available_next_month_and_where() => RunAsync(async page =>
    {
        await LogInAsync(page, DemoAccounts.Curator.Email, DemoAccounts.Curator.Password);
        await Expect(page).ToHaveURLAsync(new Regex("/$"));
        await GoToInteractiveAsync(page, "/admin/skills-map");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "By member company" })).ToBeVisibleAsync();

        var picker = page.GetByRole(AriaRole.Combobox, new() { Name = "Filter by skill" });
        await picker.FillAsync("machine learning");
        await page.GetByRole(AriaRole.Option).Filter(new() { HasTextRegex = new Regex("^machine learning", RegexOptions.IgnoreCase) }).First.ClickAsync();
        await page.GetByRole(AriaRole.Combobox, new() { Name = "Language", Exact = true }).ClickAsync();
        await page.GetByRole(AriaRole.Option, new() { Name = "English (en)" }).ClickAsync();
        await page.GetByRole(AriaRole.Combobox, new() { Name = "Minimum level (CEFR)", Exact = true }).ClickAsync();
        await page.GetByRole(AriaRole.Option, new() { Name = "C1", Exact = true }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Next month" }).ClickAsync();

        var expected = await ExpectedAsync();
        expected.Companies.ShouldNotBeEmpty("the demo data has machine-learning engineers with C1 English available next month");
        await Expect(page.GetByTestId("skills-map-total")).ToContainTextAsync($"{expected.Total!.Value.ToString("N0", CultureInfo.GetCultureInfo("en-US"))} available consultants");
        var companies = page.Locator(".mud-paper").Filter(new() { Has = page.GetByRole(AriaRole.Heading, new() { Name = "By member company" }) });
        var rows = companies.Locator("tbody tr");
        await Expect(rows).ToHaveCountAsync(expected.Companies.Count);
        for (var i = 0; i < expected.Companies.Count; i++)
        {
            await Expect(rows.Nth(i)).ToContainTextAsync(expected.Companies[i].Label);
            await Expect(rows.Nth(i).Locator("td")).ToHaveTextAsync(expected.Companies[i].Count!.Value.ToString("N0", CultureInfo.GetCultureInfo("en-US")));
        }

        await SaveScreenshotAsync(page, "curator-skills-map-ml-c1-next-month");
        await page.SetViewportSizeAsync(390, 844);
        await SaveScreenshotAsync(page, "curator-skills-map-ml-c1-next-month-390");
    });

    /// <summary>The same question asked of the service, to compare the page with.</summary>
    private async Task<SkillsMapResult> ExpectedAsync()
    {
        await using var scope = App.Services.CreateAsyncScope();
        var service = scope.ServiceProvider.GetRequiredService<SkillsMapService>();
        var skill = (await scope.ServiceProvider.GetRequiredService<Application.Skills.SkillCatalogue>().SearchAsync("machine learning", "en"))
            .First(s => s.Label.StartsWith("machine learning", StringComparison.OrdinalIgnoreCase));
        var today = DateOnly.FromDateTime(DateTime.Now);
        var first = new DateOnly(today.Year, today.Month, 1).AddMonths(1);
        return await service.CuratorMapAsync(ActingUser.Create("e2e", [Roles.Curator]), new SkillsMapQuery
        {
            SkillId = skill.Id, LanguageCode = "en", MinLanguageLevel = CefrLevel.C1, AvailableFrom = first, AvailableTo = first.AddMonths(1).AddDays(-1),
        }, "en");
    }
}
