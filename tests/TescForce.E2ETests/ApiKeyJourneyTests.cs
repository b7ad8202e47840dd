using System.Net;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using TescForce.E2ETests.Infrastructure;
using TescForce.Infrastructure.Identity;
using static Microsoft.Playwright.Assertions;

namespace TescForce.E2ETests;

/// <summary>A member company's API key, from the browser to the API and back: created and shown once, used, revoked.</summary>
public sealed class ApiKeyJourneyTests(AppServerFixture app) : BrowserTest(app)
{
    [Fact]
    public Task A_member_creates_a_key_the_API_accepts_it_and_after_revocation_refuses_it() => RunAsync(async page =>
    {
        await LogInAsync(page, DemoAccounts.CompanyMember.Email, DemoAccounts.CompanyMember.Password);
        await Expect(page).ToHaveURLAsync(new Regex("/$"));
        await GoToInteractiveAsync(page, "/company");
        var panel = page.GetByTestId("api-keys");

        await panel.GetByRole(AriaRole.Button, new() { Name = "Create a key" }).ClickAsync();
        await Expect(panel.GetByText("Give the key a name that says which system uses it.")).ToBeVisibleAsync();
        await panel.GetByLabel("Name", new() { Exact = true }).FillAsync("E2E bench sync");
        await panel.GetByRole(AriaRole.Button, new() { Name = "Create a key" }).ClickAsync();
        await Expect(panel.GetByTestId("api-key-created")).ToContainTextAsync("Key \"E2E bench sync\" created");
        var key = await panel.GetByLabel("API key", new() { Exact = true }).InputValueAsync();
        await SaveScreenshotAsync(page, "company-api-key-created");

        using var http = new HttpClient { BaseAddress = App.BaseUrl };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key);
        var accepted = await http.GetAsync("api/v1/consultants?pageSize=1");

        var row = panel.Locator("tbody tr").Filter(new() { HasText = "E2E bench sync" });
        await Expect(row).ToContainTextAsync("Active");
        await row.GetByRole(AriaRole.Button, new() { Name = "Revoke the key E2E bench sync" }).ClickAsync();
        var dialog = page.GetByRole(AriaRole.Dialog);
        await Expect(dialog).ToContainTextAsync("Every call made with it will be refused at once");
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Revoke" }).ClickAsync();
        await Expect(row).ToContainTextAsync("Revoked");
        var refused = await http.GetAsync("api/v1/consultants?pageSize=1");

        key.ShouldStartWith("tf_");
        accepted.StatusCode.ShouldBe(HttpStatusCode.OK);
        refused.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    });
}
