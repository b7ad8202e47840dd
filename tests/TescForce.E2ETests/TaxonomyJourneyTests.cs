using System.Text.RegularExpressions;
using Microsoft.Playwright;
using TescForce.E2ETests.Infrastructure;
using TescForce.Infrastructure.Identity;
using static Microsoft.Playwright.Assertions;

namespace TescForce.E2ETests;

/// <summary>A curator adds two custom skills, merges one into the other and finds the old label among the survivor's synonyms.</summary>
public sealed class TaxonomyJourneyTests(AppServerFixture app) : BrowserTest(app)
{
    [Fact]
    public Task A_curator_creates_two_custom_skills_and_merges_one_into_the_other() => RunAsync(async page =>
    {
        var suffix = Guid.NewGuid().ToString("N")[..6];
        var survivor = $"Avionics adhesive {suffix}";
        var merged = $"Avionics glue {suffix}";
        await LogInAsync(page, DemoAccounts.Curator.Email, DemoAccounts.Curator.Password);

        await CreateAsync(page, survivor, $"Colle avionique {suffix}");
        await CreateAsync(page, merged, null);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = merged, Level = 1 })).ToBeVisibleAsync();
        await Expect(page.GetByText("Used by 0 consultant profile(s) and required by 0 mission(s).")).ToBeVisibleAsync();
        await SaveScreenshotAsync(page, "taxonomy-skill-detail");
        await page.SetViewportSizeAsync(390, 844);
        await page.ReloadAsync();
        await WaitForInteractiveAsync(page);
        await SaveScreenshotAsync(page, "taxonomy-skill-detail-390");
        await page.SetViewportSizeAsync(1440, 900);
        await page.ReloadAsync();
        await WaitForInteractiveAsync(page);

        var picker = page.GetByRole(AriaRole.Combobox, new() { Name = "Skill to keep" });
        await picker.FillAsync(survivor);
        await page.GetByRole(AriaRole.Option).Filter(new() { HasText = survivor }).First.ClickAsync();
        var dialog = page.GetByRole(AriaRole.Dialog);
        await Expect(dialog.GetByText("0 consultant profile(s) and 0 mission(s) move to")).ToBeVisibleAsync();
        await SaveScreenshotAsync(page, "taxonomy-merge-confirmation", fullPage: false);
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Merge", Exact = true }).ClickAsync();

        await Expect(page.GetByText($"“{merged}” merged into “{survivor}”.")).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = survivor, Level = 1 })).ToBeVisibleAsync();
        await Expect(page.Locator($"[data-synonym='{merged}']")).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = merged, Exact = true })).ToBeVisibleAsync(); // under "Merged into this one"
        await Expect(page.GetByRole(AriaRole.Combobox, new() { Name = "Skill to keep" })).ToHaveValueAsync("");
        await SaveScreenshotAsync(page, "taxonomy-after-merge");

        await GoToInteractiveAsync(page, "/admin/skills");
        await page.GetByLabel("Search a skill (French or English)").FillAsync(merged);
        var row = page.GetByRole(AriaRole.Row).Filter(new() { HasText = merged });
        await Expect(row.GetByText("Merged", new() { Exact = true })).ToBeVisibleAsync();
        await SaveScreenshotAsync(page, "taxonomy-search");
        await page.SetViewportSizeAsync(390, 844);
        await SaveScreenshotAsync(page, "taxonomy-search-390");
    });

    private static async Task CreateAsync(IPage page, string labelEn, string? labelFr)
    {
        await GoToInteractiveAsync(page, "/admin/skills");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add a custom skill" }).ClickAsync();
        await page.GetByLabel("English label").FillAsync(labelEn);
        if (labelFr is not null)
        {
            await page.GetByLabel("French label").FillAsync(labelFr);
        }

        await page.GetByRole(AriaRole.Button, new() { Name = "Create the skill" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/admin/skills/\\d+$"));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = labelEn, Level = 1 })).ToBeVisibleAsync();
    }
}
