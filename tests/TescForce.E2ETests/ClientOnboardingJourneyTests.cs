using System.Text.RegularExpressions;
using Microsoft.Playwright;
using TescForce.E2ETests.Infrastructure;
using TescForce.Infrastructure.Identity;
using static Microsoft.Playwright.Assertions;

namespace TescForce.E2ETests;

/// <summary>The start of journey 2: a client organisation abroad registers and a curator verifies it.</summary>
public sealed class ClientOnboardingJourneyTests(AppServerFixture app) : BrowserTest(app)
{
    [Fact]
    public Task A_client_abroad_registers_and_a_curator_verifies_it() => RunAsync(async page =>
    {
        var suffix = Guid.NewGuid().ToString("N")[..6];
        var client = $"Maple Avionics {suffix}";
        const string password = "maple avionics passphrase";

        await page.GotoAsync("/Account/RegisterClient");
        await page.GetByRole(AriaRole.Textbox, new() { Name = "Organisation", Exact = true }).FillAsync(client);
        await page.GetByLabel("Country").SelectOptionAsync("CA");
        await page.GetByLabel("Time zone").SelectOptionAsync("America/Toronto");
        await page.GetByLabel("Referred by").FillAsync("Team France Export Canada");
        await page.GetByLabel("Your name").FillAsync("Chloé Tremblay");
        await page.GetByLabel("E-mail").FillAsync($"chloe.{suffix}@maple.example");
        await page.GetByLabel("Password", new() { Exact = true }).FillAsync("short");
        await page.GetByLabel("Confirm the password").FillAsync("short");
        await page.GetByRole(AriaRole.Button, new() { Name = "Register the organisation" }).ClickAsync();
        await Expect(page.GetByText("The password has 12 to 128 characters.").First).ToBeVisibleAsync();
        await SaveScreenshotAsync(page, "register-client-errors");

        await page.GetByLabel("Password", new() { Exact = true }).FillAsync(password);
        await page.GetByLabel("Confirm the password").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Register the organisation" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/$"));

        await page.Context.ClearCookiesAsync();
        await LogInAsync(page, DemoAccounts.Curator.Email, DemoAccounts.Curator.Password);
        await GoToInteractiveAsync(page, "/admin/clients");
        await page.GetByRole(AriaRole.Button, new() { Name = $"Verify {client}" }).ClickAsync();
        await Expect(page.GetByText($"{client} is verified").First).ToBeVisibleAsync();
    });

    [Fact]
    public Task A_curator_approves_the_demo_clients_submitted_mission() => RunAsync(async page =>
    {
        const string title = "Embedded Linux engineer for our warehouse robots";
        await LogInAsync(page, DemoAccounts.Curator.Email, DemoAccounts.Curator.Password);
        await GoToInteractiveAsync(page, "/admin/missions");
        await Expect(page.GetByText(title)).ToBeVisibleAsync();
        await SaveScreenshotAsync(page, "admin-missions-queue");

        await page.GetByRole(AriaRole.Button, new() { Name = $"Approve {title}" }).ClickAsync();

        await Expect(page.GetByText($"\"{title}\" is open").First).ToBeVisibleAsync();
        await Expect(page.GetByText("No mission waits for moderation.")).ToBeVisibleAsync();
    });
}
