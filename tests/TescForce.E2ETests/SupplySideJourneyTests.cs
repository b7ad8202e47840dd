using System.Text.RegularExpressions;
using Microsoft.Playwright;
using TescForce.E2ETests.Infrastructure;
using TescForce.Infrastructure.Identity;
using static Microsoft.Playwright.Assertions;

namespace TescForce.E2ETests;

public sealed class SupplySideJourneyTests(AppServerFixture app) : BrowserTest(app)
{
    [Fact]
    public Task A_company_registers_and_a_curator_approves_it() => RunAsync(async page =>
    {
        var suffix = Guid.NewGuid().ToString("N")[..6];
        var companyName = $"Occitanie Avionique {suffix}";
        await page.GotoAsync("/Account/Register");
        await page.GetByRole(AriaRole.Link, new() { Name = "Register a company" }).ClickAsync();
        await page.GetByLabel("Company name").FillAsync(companyName);
        await page.GetByLabel("SIREN number").FillAsync("123 456 789");
        await page.GetByLabel("City").FillAsync("Toulouse");
        await page.GetByLabel("Your name").FillAsync("Nadia Benali");
        await page.GetByLabel("E-mail").FillAsync($"nadia.{suffix}@avionique.example");
        await page.GetByLabel("Password", new() { Exact = true }).FillAsync("a long and memorable passphrase");
        await page.GetByLabel("Confirm the password").FillAsync("a long and memorable passphrase");
        await page.GetByRole(AriaRole.Button, new() { Name = "Register the company" }).ClickAsync();

        await Expect(page.Locator(".validation-message").GetByText("check digit is wrong")).ToBeVisibleAsync();
        await SaveScreenshotAsync(page, "register-company-errors");

        await page.GetByLabel("SIREN number").FillAsync(UniqueSiren());
        await page.GetByLabel("Password", new() { Exact = true }).FillAsync("a long and memorable passphrase");
        await page.GetByLabel("Confirm the password").FillAsync("a long and memorable passphrase");
        await page.GetByRole(AriaRole.Button, new() { Name = "Register the company" }).ClickAsync();

        await Expect(page).ToHaveURLAsync(new Regex("/company$"));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = companyName })).ToBeVisibleAsync();
        await Expect(page.GetByText("waiting for a curator's approval")).ToBeVisibleAsync();
        await SaveScreenshotAsync(page, "company-pending");

        await page.Context.ClearCookiesAsync();
        await LogInAsync(page, DemoAccounts.Curator.Email, DemoAccounts.Curator.Password);
        await GoToInteractiveAsync(page, "/admin/companies");
        var row = page.GetByRole(AriaRole.Row).Filter(new() { HasText = companyName });
        await Expect(row).ToBeVisibleAsync();
        await SaveScreenshotAsync(page, "admin-companies");
        await row.GetByRole(AriaRole.Button, new() { Name = $"Approve {companyName}" }).ClickAsync();

        await Expect(page.GetByText($"{companyName} is approved.")).ToBeVisibleAsync();
        await Expect(row).ToHaveCountAsync(0);
    });

    [Fact]
    public Task A_company_member_creates_a_profile_records_consent_submits_it_and_a_curator_publishes_it() => RunAsync(async page =>
    {
        var name = $"Lucie Fabre {Guid.NewGuid().ToString("N")[..4]}";
        await LogInAsync(page, DemoAccounts.CompanyMember.Email, DemoAccounts.CompanyMember.Password);
        await GoToInteractiveAsync(page, "/company/consultants/new");
        await page.GetByLabel("Full name").FillAsync(name);
        await page.GetByLabel("E-mail").FillAsync("lucie.fabre@aerosoft.example");
        await page.GetByLabel("Headline").FillAsync("Senior GNC engineer, space systems");
        await page.GetByRole(AriaRole.Textbox, new() { Name = "City" }).FillAsync("Toulouse");
        var picker = page.GetByRole(AriaRole.Combobox, new() { Name = "Add a skill" });
        await picker.FillAsync("kubernets");
        await page.GetByRole(AriaRole.Option).Filter(new() { HasText = "Kubernetes" }).First.ClickAsync();
        // The picker clears itself after a choice; typing before that round trip ends would be wiped out.
        await Expect(page.GetByRole(AriaRole.Cell, new() { Name = "Kubernetes", Exact = true })).ToBeVisibleAsync();
        await Expect(picker).ToHaveValueAsync("");
        await picker.FillAsync("do-178");
        await page.GetByRole(AriaRole.Option).Filter(new() { HasText = "DO-178C" }).First.ClickAsync();
        await Expect(page.GetByRole(AriaRole.Cell).Filter(new() { HasText = "DO-178C" })).ToHaveCountAsync(1);
        await SaveScreenshotAsync(page, "consultant-new");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();

        await Expect(page).ToHaveURLAsync(new Regex("/company/consultants/[0-9a-f-]{36}$"));
        await Expect(page.GetByText("consent is not recorded yet")).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Submit for review" }).ClickAsync();
        await Expect(page.GetByText("Record the consultant's consent")).ToBeVisibleAsync();

        await page.GetByLabel("How it was obtained").ClickAsync();
        await page.GetByRole(AriaRole.Option, new() { Name = "Signed consent form" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Record the consent" }).ClickAsync();
        await Expect(page.GetByText("Consent recorded on")).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Submit for review" }).ClickAsync();
        await Expect(page.GetByText("The profile is submitted")).ToBeVisibleAsync();
        await SaveScreenshotAsync(page, "consultant-submitted");

        await page.Context.ClearCookiesAsync();
        await LogInAsync(page, DemoAccounts.Curator.Email, DemoAccounts.Curator.Password);
        await GoToInteractiveAsync(page, "/admin/profiles");
        await page.GetByRole(AriaRole.Link, new() { Name = name }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Senior GNC engineer, space systems" })).ToBeVisibleAsync();
        await SaveScreenshotAsync(page, "admin-profile-review");
        await page.GetByRole(AriaRole.Button, new() { Name = "Publish" }).ClickAsync();

        await Expect(page.GetByText("The profile is published")).ToBeVisibleAsync();
    });
}
