using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using TescForce.E2ETests.Infrastructure;
using TescForce.Infrastructure.Identity;
using static Microsoft.Playwright.Assertions;

namespace TescForce.E2ETests;

/// <summary>
/// Journey 1 of the product brief: a company registers, is approved, imports 200 consultants from a CSV
/// file with a few bad rows, fixes them, submits them, and a curator publishes them.
/// </summary>
public sealed class CompanyOnboardingJourneyTests(AppServerFixture app) : BrowserTest(app)
{
    private const int Rows = 200;
    private static readonly int[] BadLines = [17, 88, 150];

    [Fact]
    public Task A_company_registers_is_approved_imports_200_consultants_fixes_the_bad_rows_and_gets_them_published() => RunAsync(async page =>
    {
        var suffix = Guid.NewGuid().ToString("N")[..6];
        var company = $"Garonne Ingénierie {suffix}";
        var email = $"direction.{suffix}@garonne.example";
        const string password = "garonne ingenierie passphrase";

        await RegisterAsync(page, company, email, password);
        await page.Context.ClearCookiesAsync();
        await LogInAsync(page, DemoAccounts.Curator.Email, DemoAccounts.Curator.Password);
        await GoToInteractiveAsync(page, "/admin/companies");
        await page.GetByRole(AriaRole.Button, new() { Name = $"Approve {company}" }).ClickAsync();
        await Expect(page.GetByText($"{company} is approved.")).ToBeVisibleAsync();

        await page.Context.ClearCookiesAsync();
        await LogInAsync(page, email, password);
        await GoToInteractiveAsync(page, "/company/consultants/import");
        await CheckFileAsync(page, Csv(suffix, withErrors: true));
        var errors = page.GetByRole(AriaRole.Table, new() { Name = "Errors, row by row" });
        foreach (var line in BadLines)
        {
            await Expect(errors.GetByRole(AriaRole.Row).Filter(new() { HasText = $"E{suffix}-{line - 1:D3}" }).Or(errors.GetByRole(AriaRole.Cell, new() { Name = line.ToString(CultureInfo.InvariantCulture), Exact = true })).First).ToBeVisibleAsync();
        }

        await SaveScreenshotAsync(page, "journey-import-errors");

        await CheckFileAsync(page, Csv(suffix, withErrors: false));
        await Expect(errors).ToHaveCountAsync(0);
        await page.GetByRole(AriaRole.Button, new() { Name = $"Import {Rows} consultant(s)" }).ClickAsync();
        await Expect(page.GetByText($"Import finished: {Rows} profile(s) created as drafts").First).ToBeVisibleAsync(new() { Timeout = 60_000 });

        await GoToInteractiveAsync(page, "/company/consultants");
        await page.GetByLabel("Status").ClickAsync();
        await page.GetByRole(AriaRole.Option, new() { Name = "Draft", Exact = true }).ClickAsync();
        await Expect(page.GetByText($"1-20 of {Rows}")).ToBeVisibleAsync();
        await ShowHundredRowsAsync(page);
        for (var batch = 0; batch < Rows / 100; batch++)
        {
            await SelectAllOnPageAsync(page);
            await page.GetByRole(AriaRole.Button, new() { Name = "Submit for review" }).ClickAsync();
            await Expect(page.GetByText("100 profile(s) submitted for review.").Last).ToBeVisibleAsync();
        }

        await page.Context.ClearCookiesAsync();
        await LogInAsync(page, DemoAccounts.Curator.Email, DemoAccounts.Curator.Password);
        await GoToInteractiveAsync(page, "/admin/profiles");
        await page.GetByLabel("Search by name, e-mail, headline or reference").FillAsync(suffix);
        await Expect(page.GetByText($"1-20 of {Rows}")).ToBeVisibleAsync();
        await ShowHundredRowsAsync(page);
        for (var batch = 0; batch < Rows / 100; batch++)
        {
            await SelectAllOnPageAsync(page);
            await page.GetByRole(AriaRole.Button, new() { Name = "Publish the selected profiles" }).ClickAsync();
            await Expect(page.GetByText("100 profile(s) published.").Last).ToBeVisibleAsync();
        }

        await Expect(page.GetByText("No profile waits for review.")).ToBeVisibleAsync();
        await page.Context.ClearCookiesAsync();
        await LogInAsync(page, email, password);
        await GoToInteractiveAsync(page, "/company");
        await Expect(page.GetByText($"{Rows} consultants, {Rows} published.")).ToBeVisibleAsync();
        await SaveScreenshotAsync(page, "journey-company-published");
    });

    private static async Task RegisterAsync(IPage page, string company, string email, string password)
    {
        await page.GotoAsync("/Account/RegisterCompany");
        await page.GetByLabel("Company name").FillAsync(company);
        await page.GetByLabel("SIREN number").FillAsync(UniqueSiren());
        await page.GetByLabel("City").FillAsync("Toulouse");
        await page.GetByLabel("Your name").FillAsync("Claire Rouquette");
        await page.GetByLabel("E-mail").FillAsync(email);
        await page.GetByLabel("Password", new() { Exact = true }).FillAsync(password);
        await page.GetByLabel("Confirm the password").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Register the company" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/company$"));
    }

    private static async Task CheckFileAsync(IPage page, string csv)
    {
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Choose a CSV file" })).ToBeEnabledAsync();
        // MudFileUpload adds a fresh input after each choice; the newest one takes the next file.
        await page.Locator("input[type=file]").Last.SetInputFilesAsync(new FilePayload
        {
            Name = "consultants.csv", MimeType = "text/csv", Buffer = Encoding.UTF8.GetBytes(csv),
        });
        await page.GetByRole(AriaRole.Button, new() { Name = "Check the file" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Button, new() { NameRegex = new Regex("^Import \\d+ consultant") })).ToBeVisibleAsync(new() { Timeout = 30_000 });
    }

    private static async Task ShowHundredRowsAsync(IPage page)
    {
        await page.Locator(".mud-table-pagination-select").ClickAsync();
        await page.GetByRole(AriaRole.Option, new() { Name = "100", Exact = true }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Row)).ToHaveCountAsync(101);
    }

    private static async Task SelectAllOnPageAsync(IPage page)
    {
        await Expect(page.GetByRole(AriaRole.Row)).ToHaveCountAsync(101);
        var selectAll = page.GetByRole(AriaRole.Row).First.GetByRole(AriaRole.Checkbox);
        if (await selectAll.IsCheckedAsync())
        {
            // After a bulk action the list reloads with other rows; the header box may still show the old state.
            await selectAll.UncheckAsync();
        }

        await selectAll.CheckAsync();
        await Expect(page.GetByText("100 selected")).ToBeVisibleAsync();
    }

    /// <summary>200 consultants; with errors, three lines have a misspelt skill, a French date and a bad e-mail.</summary>
    private static string Csv(string suffix, bool withErrors)
    {
        var csv = new StringBuilder("external_reference;full_name;email;headline;seniority_years;city;daily_rate_eur;available_from;skills;languages;consent_date;consent_method\n");
        for (var i = 1; i <= Rows; i++)
        {
            var line = i + 1;
            var skill = withErrors && line == BadLines[0] ? "Kubernets:4" : "Kubernetes:4:3|DO-178C:3";
            var date = withErrors && line == BadLines[1] ? "31/12/2026" : "2026-12-15";
            var mail = withErrors && line == BadLines[2] ? "not-an-email" : $"person{i}.{suffix}@garonne.example";
            csv.Append(CultureInfo.InvariantCulture, $"E{suffix}-{i:D3};Consultant {i:D3} {suffix};{mail};Embedded software engineer;{3 + (i % 20)};Toulouse;{450 + (i % 40) * 10};{date};{skill};fr:C2|en:B2;2026-11-20;signed form\n");
        }

        return csv.ToString();
    }
}
