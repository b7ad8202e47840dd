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
/// Journeys 2 and 3 of the product brief on the demo data: the demo client posts a mission (skills proposed
/// from its description), the demo curator opens it, the client reads the ranked, explained matches,
/// shortlists a consultant of the demo company and asks for an introduction; the demo company accepts; the
/// client then sees the consultant's name and the contact.
/// </summary>
public sealed class ClientMissionJourneyTests(AppServerFixture app) : BrowserTest(app)
{
    private const string Description =
        "Nordlicht Robotics builds autonomous warehouse robots in Berlin. We need a senior engineer to port our motion controller " +
        "to a new ARM board: embedded Linux, C++ and Python; Docker is a plus. Remote, with three hours a day shared with our Berlin team.";

    [Fact]
    public Task A_client_posts_a_mission_meets_a_consultant_and_sees_the_contact_once_the_company_accepts() => RunAsync(async page =>
    {
        var title = $"Embedded Linux engineer for our robots {Guid.NewGuid().ToString("N")[..6]}";
        var (references, names) = await DemoCompanyConsultantsAsync();

        // The client describes the mission; the skills come from the text.
        await LogInAsync(page, DemoAccounts.ClientMember.Email, DemoAccounts.ClientMember.Password);
        await GoToInteractiveAsync(page, "/client/missions/new");
        await page.GetByLabel("Title").FillAsync(title);
        await page.GetByLabel("Description").FillAsync(Description);
        await page.GetByRole(AriaRole.Button, new() { Name = "Find the skills in this text" }).ClickAsync();
        await Expect(page.GetByTestId("skill-proposal").First).ToBeVisibleAsync();
        await Expect(page.GetByTestId("skill-proposal").Filter(new() { HasText = "embedded Linux" })).ToBeVisibleAsync();
        await SaveScreenshotAsync(page, "mission-form-proposals");
        await page.GetByRole(AriaRole.Button, new() { Name = "Keep all" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Next" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Cell, new() { Name = "embedded Linux", Exact = true })).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Save and submit" }).ClickAsync();
        await page.GetByRole(AriaRole.Dialog).GetByRole(AriaRole.Button, new() { Name = "Save and submit" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/client/missions/[0-9a-f-]{36}$"));
        await Expect(page.GetByText("Waiting for moderation").First).ToBeVisibleAsync();
        var missionUrl = new Uri(page.Url).AbsolutePath;

        // The curator opens it.
        await page.Context.ClearCookiesAsync();
        await LogInAsync(page, DemoAccounts.Curator.Email, DemoAccounts.Curator.Password);
        await GoToInteractiveAsync(page, "/admin/missions");
        await page.GetByRole(AriaRole.Button, new() { Name = $"Approve {title}" }).ClickAsync();
        await Expect(page.GetByText($"\"{title}\" is open").First).ToBeVisibleAsync();

        // The client reads the ranked, explained list, widens it, and shortlists a consultant of the demo company.
        await page.Context.ClearCookiesAsync();
        await LogInAsync(page, DemoAccounts.ClientMember.Email, DemoAccounts.ClientMember.Password);
        await GoToInteractiveAsync(page, missionUrl);
        var results = page.GetByTestId("match-result");
        await Expect(results.First).ToBeVisibleAsync();
        await results.First.GetByRole(AriaRole.Button, new() { Name = "Why this place" }).ClickAsync();
        await Expect(results.First.GetByText("Required skills")).ToBeVisibleAsync();
        await SaveScreenshotAsync(page, "mission-matches");
        var total = page.GetByText(new Regex(@"^\d+ consultant\(s\) match$"));
        var strict = await total.InnerTextAsync();
        await page.GetByText("Include rates up to 10 % above the maximum").ClickAsync();
        foreach (var constraint in new[] { "availability", "the languages", "the time-zone overlap", "the workload" })
        {
            await page.Locator(".mud-chip", new() { HasTextRegex = new Regex($"^{constraint}$") }).ClickAsync();
        }

        // Widened, the view lists more people, each saying which rule it needed loosened.
        await Expect(total).Not.ToHaveTextAsync(strict);
        await Expect(page.GetByText("thanks to the widened view").First).ToBeVisibleAsync();
        var reference = await ShortlistFirstOfAsync(page, references);

        await page.GetByRole(AriaRole.Tab, new() { Name = "Shortlist and introductions" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = $"Request an introduction to {reference}" }).ClickAsync();
        await page.GetByRole(AriaRole.Dialog).GetByLabel("Your message to the company").FillAsync("We would like to meet this engineer next week.");
        await page.GetByRole(AriaRole.Dialog).GetByRole(AriaRole.Button, new() { Name = "Send the request" }).ClickAsync();
        await Expect(page.GetByText("The request is sent").First).ToBeVisibleAsync();
        await SaveScreenshotAsync(page, "mission-shortlist");

        // The demo company accepts.
        await page.Context.ClearCookiesAsync();
        await LogInAsync(page, DemoAccounts.CompanyMember.Email, DemoAccounts.CompanyMember.Password);
        await AcceptInInboxAsync(page, names[reference]);

        // The client now sees who it is and whom to contact.
        await page.Context.ClearCookiesAsync();
        await LogInAsync(page, DemoAccounts.ClientMember.Email, DemoAccounts.ClientMember.Password);
        await GoToInteractiveAsync(page, "/client/introductions");
        var introduction = page.GetByTestId("client-introduction").Filter(new() { HasText = reference }).Filter(new() { HasText = title });
        await Expect(introduction.GetByText($"Accepted: {names[reference]}, of {DemoAccounts.CompanyName}")).ToBeVisibleAsync();
        await Expect(introduction.GetByRole(AriaRole.Link, new() { Name = DemoAccounts.CompanyMember.Email })).ToBeVisibleAsync();
        await SaveScreenshotAsync(page, "client-introductions");
    });

    [Fact]
    public Task An_incomplete_mission_is_refused_with_its_messages_at_their_steps_and_nothing_is_saved() => RunAsync(async page =>
    {
        await LogInAsync(page, DemoAccounts.ClientMember.Email, DemoAccounts.ClientMember.Password);
        await Expect(page).ToHaveURLAsync(new Regex("/$"));
        await page.GotoAsync($"/culture/set?culture=fr&redirectUri={Uri.EscapeDataString("/client/missions/new")}");
        await WaitForInteractiveAsync(page);

        await page.GetByRole(AriaRole.Button, new() { Name = "Enregistrer le brouillon" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Alert).Filter(new() { HasText = "Certaines valeurs sont à corriger" })).ToBeVisibleAsync();
        await Expect(page.GetByText("Donnez un titre à la mission.")).ToBeVisibleAsync(); // the service's message, in the page's language
        await page.GetByText("Compétences", new() { Exact = true }).ClickAsync();
        await Expect(page.GetByText("Ajoutez au moins une compétence requise.")).ToBeVisibleAsync();
        await SaveScreenshotAsync(page, "mission-form-errors-fr");
        await Expect(page).ToHaveURLAsync(new Regex("/client/missions/new$"));
    });

    /// <summary>Walks the list's pages until a consultant of the demo company shows, and shortlists them.</summary>
    private static async Task<string> ShortlistFirstOfAsync(IPage page, IReadOnlySet<string> references)
    {
        for (var pageNumber = 1; pageNumber <= 30; pageNumber++)
        {
            foreach (var result in await page.GetByTestId("match-result").AllAsync())
            {
                var reference = await result.GetAttributeAsync("data-reference");
                if (reference is not null && references.Contains(reference))
                {
                    await result.GetByRole(AriaRole.Button, new() { Name = $"Shortlist {reference}" }).ClickAsync();
                    await Expect(page.GetByText($"{reference} is on the shortlist").First).ToBeVisibleAsync();
                    return reference;
                }
            }

            var next = page.GetByRole(AriaRole.Button, new() { Name = "Next page", Exact = true });
            await next.ClickAsync();
            await Expect(page.GetByRole(AriaRole.Button, new() { Name = $"Current page {pageNumber + 1}", Exact = true })).ToBeVisibleAsync();
        }

        throw new InvalidOperationException("No consultant of the demo company in the first 30 pages of matches.");
    }

    private static async Task AcceptInInboxAsync(IPage page, string consultantName)
    {
        await GoToInteractiveAsync(page, "/company/introductions");
        await page.GetByRole(AriaRole.Button, new() { Name = $"Accept {consultantName}" }).ClickAsync();
        await page.GetByRole(AriaRole.Dialog).GetByRole(AriaRole.Button, new() { Name = "Accept" }).ClickAsync();
        await Expect(page.GetByText($"Accepted: {DemoAccounts.ClientName} now sees {consultantName}'s name")).ToBeVisibleAsync();
        await SaveScreenshotAsync(page, "company-inbox-accepted");
    }

    /// <summary>The public references and names of the demo company's published consultants.</summary>
    private async Task<(IReadOnlySet<string> References, IReadOnlyDictionary<string, string> Names)> DemoCompanyConsultantsAsync()
    {
        await using var scope = App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TescForceDbContext>();
        var consultants = await db.Consultants
            .Where(c => c.Status == ConsultantStatus.Published && db.MemberCompanies.Any(m => m.Id == c.CompanyId && m.Name == DemoAccounts.CompanyName))
            .Select(c => new { c.Reference, c.FullName }).ToListAsync();
        consultants.ShouldNotBeEmpty();
        return (consultants.Select(c => c.Reference).ToHashSet(), consultants.ToDictionary(c => c.Reference, c => c.FullName));
    }
}
