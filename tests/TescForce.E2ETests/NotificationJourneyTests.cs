using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using TescForce.Application.Common;
using TescForce.Application.Missions;
using TescForce.Domain.Consultants;
using TescForce.Domain.Identity;
using TescForce.Domain.Missions;
using TescForce.E2ETests.Infrastructure;
using TescForce.Infrastructure.Data;
using TescForce.Infrastructure.Identity;
using static Microsoft.Playwright.Assertions;

namespace TescForce.E2ETests;

/// <summary>A curator's decision reaches the client's bell; the notification centre marks it read.</summary>
public sealed class NotificationJourneyTests(AppServerFixture app) : BrowserTest(app)
{
    [Fact]
    public Task A_client_sees_the_approval_of_its_mission_in_the_bell_and_marks_it_read() => RunAsync(async page =>
    {
        var title = $"Robot fleet telemetry {Guid.NewGuid().ToString("N")[..6]}";
        await ApprovedMissionOfTheDemoClientAsync(title);

        await LogInAsync(page, DemoAccounts.ClientMember.Email, DemoAccounts.ClientMember.Password);
        await GoToInteractiveAsync(page, "/");
        var bell = page.GetByRole(AriaRole.Button, new() { NameRegex = new Regex("^Notifications: [1-9]") });
        await Expect(bell).ToBeVisibleAsync();
        await bell.ClickAsync();
        await Expect(page.GetByText($"Your mission “{title}” is open")).ToBeVisibleAsync();
        await SaveScreenshotAsync(page, "notification-bell-open", fullPage: false);
        await page.GetByText("See all notifications").ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/notifications$"));
        await page.GetByRole(AriaRole.Button, new() { Name = "Mark all as read" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Notifications: 0 unread" })).ToBeVisibleAsync();
        await SaveScreenshotAsync(page, "notifications-all-read");
    });

    /// <summary>Through the services: the mission pages of this branch come with the client's side of the journey.</summary>
    private async Task ApprovedMissionOfTheDemoClientAsync(string title)
    {
        await using var scope = App.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var user = await services.GetRequiredService<UserManager<ApplicationUser>>().FindByEmailAsync(DemoAccounts.ClientMember.Email)
            ?? throw new InvalidOperationException("The demo client account is missing.");
        var client = ActingUser.Create(user.Id, [Roles.ClientMember], clientId: user.ClientOrganisationId);
        await using var db = await services.GetRequiredService<IDbContextFactory<TescForceDbContext>>().CreateDbContextAsync();
        var skill = await db.SkillTags.Where(s => s.Code == "tescforce:kubernetes").Select(s => s.Id).SingleAsync();
        var missions = services.GetRequiredService<MissionService>();
        var id = await missions.CreateAsync(client, new MissionInput
        {
            Title = title,
            Skills = [new MissionSkillInput { SkillTagId = skill, Importance = SkillImportance.MustHave }],
            Languages = [new MissionLanguageInput { Code = "en", MinLevel = CefrLevel.B2 }],
            StartDate = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(14),
        });
        await missions.SubmitAsync(client, id);
        await missions.ApproveAsync(ActingUser.Create("e2e-curator", [Roles.Curator]), id);
    }
}
