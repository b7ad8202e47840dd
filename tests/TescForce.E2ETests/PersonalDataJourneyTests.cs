using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using TescForce.Domain.Consultants;
using TescForce.E2ETests.Infrastructure;
using TescForce.Infrastructure.Data;
using TescForce.Infrastructure.Identity;
using static Microsoft.Playwright.Assertions;

namespace TescForce.E2ETests;

/// <summary>
/// Journey 6 of the product brief: a consultant asks, through the public form, for their data to be erased; the curator
/// sees the request on the dashboard, finds and links the record, erases it after a confirmation, and answers.
/// </summary>
public sealed class PersonalDataJourneyTests(AppServerFixture app) : BrowserTest(app)
{
    [Fact]
    public Task A_visitor_asks_for_erasure_and_the_curator_links_erases_and_answers() => RunAsync(async page =>
    {
        var (id, reference, name, email) = await ConsultantOutsideTheDemoCompanyAsync();

        // The visitor fills the public form.
        await page.GotoAsync("/privacy/request");
        await page.GetByLabel("Erase my data").CheckAsync();
        await page.GetByLabel("Your full name").FillAsync(name);
        await page.GetByLabel("E-mail address").FillAsync(email);
        await page.GetByLabel("Message (optional)").FillAsync("Please erase my profile.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Send the request" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/privacy/request/sent$"));
        await Expect(page.GetByText("within one month")).ToBeVisibleAsync();

        // The curator sees it waiting, opens it and finds the record.
        await LogInAsync(page, DemoAccounts.Curator.Email, DemoAccounts.Curator.Password);
        await GoToInteractiveAsync(page, "/admin");
        await Expect(page.GetByTestId("queue-personal-data")).Not.ToHaveTextAsync("0");
        await GoToInteractiveAsync(page, "/admin/personal-data");
        await page.GetByRole(AriaRole.Link, new() { Name = name }).First.ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Request: Erase my data" })).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Search" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = $"Link {reference}" }).ClickAsync();
        await Expect(page.GetByTestId("privacy-linked")).ToContainTextAsync(reference);

        // The erasure names what goes before it happens.
        await page.GetByRole(AriaRole.Button, new() { Name = "Erase", Exact = true }).ClickAsync();
        var dialog = page.GetByRole(AriaRole.Dialog);
        await Expect(dialog).ToContainTextAsync(name);
        await Expect(dialog).ToContainTextAsync("audit log");
        await SaveScreenshotAsync(page, "personal-data-erase-confirmation");
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Erase", Exact = true }).ClickAsync();
        await Expect(page.GetByText("The person's data is erased.")).ToBeVisibleAsync();
        await Expect(page.GetByTestId("privacy-linked")).ToContainTextAsync($"Erased person {reference}");

        // The answer closes the request.
        await page.GetByRole(AriaRole.Button, new() { Name = "Complete" }).ClickAsync();
        await page.GetByRole(AriaRole.Dialog).GetByLabel("Answer to the person").FillAsync("Your profile and data are erased.");
        await page.GetByRole(AriaRole.Dialog).GetByRole(AriaRole.Button, new() { Name = "Complete" }).ClickAsync();
        await Expect(page.GetByTestId("privacy-resolution")).ToHaveTextAsync("Your profile and data are erased.");
        await SaveScreenshotAsync(page, "personal-data-completed");

        await using var scope = App.Services.CreateAsyncScope();
        var erased = await scope.ServiceProvider.GetRequiredService<TescForceDbContext>().Consultants.AsNoTracking().SingleAsync(c => c.Id == id);
        erased.FullName.ShouldBe($"Erased person {reference}");
        erased.Status.ShouldBe(ConsultantStatus.Archived);
    });

    /// <summary>A published consultant of another company than the demo one, whose profiles the other journeys use.</summary>
    private async Task<(Guid Id, string Reference, string Name, string Email)> ConsultantOutsideTheDemoCompanyAsync()
    {
        await using var scope = App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TescForceDbContext>();
        var consultant = await db.Consultants.AsNoTracking()
            .Where(c => c.Status == ConsultantStatus.Published && !db.MemberCompanies.Any(m => m.Id == c.CompanyId && m.Name == DemoAccounts.CompanyName))
            .OrderByDescending(c => c.Reference).Select(c => new { c.Id, c.Reference, c.FullName, c.Email }).FirstAsync();
        return (consultant.Id, consultant.Reference, consultant.FullName, consultant.Email);
    }
}
