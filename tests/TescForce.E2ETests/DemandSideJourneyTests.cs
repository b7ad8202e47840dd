using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using TescForce.Application.Common;
using TescForce.Application.Common.Persistence;
using TescForce.Application.Introductions;
using TescForce.Application.Missions;
using TescForce.Application.TalentPool;
using TescForce.Domain.Identity;
using TescForce.Domain.Missions;
using TescForce.E2ETests.Infrastructure;
using TescForce.Infrastructure.Identity;
using static Microsoft.Playwright.Assertions;

namespace TescForce.E2ETests;

/// <summary>Journeys 2–3 seen from the member company (a request made through the services), and the client's talent search.</summary>
public sealed class DemandSideJourneyTests(AppServerFixture app) : BrowserTest(app)
{
    [Fact]
    public Task A_company_sees_an_open_mission_its_consultant_matches_and_accepts_the_clients_request() => RunAsync(async page =>
    {
        var (title, consultantName) = await OpenMissionWithRequestAsync();
        await LogInAsync(page, DemoAccounts.CompanyMember.Email, DemoAccounts.CompanyMember.Password);
        await Expect(page).ToHaveURLAsync(new Regex("/$"));

        await GoToInteractiveAsync(page, "/company/opportunities");
        var opportunity = page.Locator(".mud-paper").Filter(new() { Has = page.GetByRole(AriaRole.Heading, new() { Name = title }) });
        await Expect(opportunity.GetByRole(AriaRole.Link, new() { Name = consultantName })).ToBeVisibleAsync();
        await SaveScreenshotAsync(page, "company-opportunities-demo");

        await GoToInteractiveAsync(page, "/company/introductions");
        await Expect(page.GetByText("Could we talk next week about the robots?")).ToHaveCountAsync(1);
        await SaveScreenshotAsync(page, "company-introductions-demo");
        await page.GetByRole(AriaRole.Button, new() { Name = $"Accept {consultantName}" }).ClickAsync();
        await page.GetByRole(AriaRole.Dialog).GetByRole(AriaRole.Button, new() { Name = "Accept" }).ClickAsync();

        await Expect(page.GetByText($"Accepted: {DemoAccounts.ClientName} now sees {consultantName}'s name")).ToBeVisibleAsync();
        await page.GetByLabel("Status").ClickAsync();
        await page.GetByRole(AriaRole.Option, new() { Name = "Accepted" }).ClickAsync();
        await Expect(page.GetByText(title).First).ToBeVisibleAsync();
        await SaveScreenshotAsync(page, "company-introductions-accepted");
    });

    [Fact]
    public Task A_client_browses_the_talent_pool_by_skill_and_narrows_it_with_the_counted_filters() => RunAsync(async page =>
    {
        await LogInAsync(page, DemoAccounts.ClientMember.Email, DemoAccounts.ClientMember.Password);
        await Expect(page).ToHaveURLAsync(new Regex("/$"));
        await GoToInteractiveAsync(page, "/talent");
        var count = page.GetByRole(AriaRole.Status);
        await Expect(count).ToContainTextAsync("profile(s)");
        var everyone = await count.InnerTextAsync();

        var picker = page.GetByRole(AriaRole.Combobox, new() { Name = "Filter by skill" });
        await picker.FillAsync("computer programming");
        await page.GetByRole(AriaRole.Option).First.ClickAsync();
        await Expect(count).Not.ToHaveTextAsync(everyone);
        var expert = page.GetByRole(AriaRole.Group, new() { Name = "Experience" }).Locator(".mud-chip").Filter(new() { HasText = "Expert" });
        var promised = Regex.Match(await expert.InnerTextAsync(), @"\(([\d\s,. ]+)\)").Groups[1].Value;
        await expert.ClickAsync();

        await Expect(count).ToContainTextAsync($"{promised} profile(s)");
        await SaveScreenshotAsync(page, "talent-search-client", fullPage: false);
    });

    /// <summary>
    /// A mission of the demo client made to fit one of the demo company's published consultants (their own
    /// skills, dates, rate and time zone), approved by a curator, and the client's request for that consultant.
    /// </summary>
    private async Task<(string Title, string ConsultantName)> OpenMissionWithRequestAsync()
    {
        await using var scope = App.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var client = ActingUser.Create("e2e-client", [Roles.ClientMember], clientId: DemoAccounts.ClientId);
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        Domain.Consultants.Consultant consultant;
        await using (var db = await services.GetRequiredService<IAppDbFactory>().CreateAsync())
        {
            var companyId = await db.MemberCompanies.Where(m => m.Name == DemoAccounts.CompanyName).Select(m => m.Id).SingleAsync();
            consultant = await TalentPoolService.Visible(db, DateTime.UtcNow)
                .Where(c => c.CompanyId == companyId && c.AvailableUntil == null && c.CapacityPercent == 100 && c.Skills.Count >= 3)
                .Include(c => c.Skills).OrderBy(c => c.Reference).FirstAsync();
        }

        var title = $"Opportunity {Guid.NewGuid().ToString("N")[..4]}: {consultant.Headline}";
        var skills = consultant.Skills.OrderByDescending(s => s.Level).ThenBy(s => s.SkillTagId).Take(3).ToList();
        var missions = services.GetRequiredService<MissionService>();
        var missionId = await missions.CreateAsync(client, new MissionInput
        {
            Title = title,
            Description = "A remote mission for the end-to-end tests.",
            Skills = [.. skills.Select((s, i) => new MissionSkillInput { SkillTagId = s.SkillTagId, Importance = i < 2 ? SkillImportance.MustHave : SkillImportance.Important, MinLevel = 1 })],
            StartDate = (consultant.AvailableFrom > today ? consultant.AvailableFrom : today).AddDays(7),
            DurationWeeks = 12,
            WorkloadPercent = 80,
            MaxDailyRateEur = consultant.DailyRateEur + 100,
            TimeZone = consultant.TimeZone,
            ClientHoursStart = consultant.WorkdayStart,
            ClientHoursEnd = consultant.WorkdayEnd,
            OverlapHours = 2,
        });
        await missions.SubmitAsync(client, missionId);
        await missions.ApproveAsync(ActingUser.Create("e2e-curator", [Roles.Curator]), missionId);
        await services.GetRequiredService<IntroductionService>().RequestAsync(client, missionId, consultant.Reference, "Could we talk next week about the robots?");
        return (title, consultant.FullName);
    }
}
