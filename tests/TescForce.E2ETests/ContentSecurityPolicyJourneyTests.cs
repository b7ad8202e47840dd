using System.Text.RegularExpressions;
using Microsoft.Playwright;
using TescForce.E2ETests.Infrastructure;
using TescForce.Infrastructure.Identity;
using static Microsoft.Playwright.Assertions;

namespace TescForce.E2ETests;

/// <summary>
/// The app works in Chromium under its Content-Security-Policy (ADR 0016): the import map, Blazor's circuit over
/// its WebSocket, MudBlazor and the Scalar API reference run, and the browser reports no violation on the way.
/// </summary>
public sealed partial class ContentSecurityPolicyJourneyTests(AppServerFixture app) : BrowserTest(app)
{
    [Fact]
    public Task The_demo_client_goes_through_the_site_and_the_API_reference_without_a_policy_violation() => RunAsync(async page =>
    {
        var violations = await RecordPolicyViolationsAsync(page);

        await GoToInteractiveAsync(page, "/");
        await LogInAsync(page, DemoAccounts.ClientMember.Email, DemoAccounts.ClientMember.Password);
        await GoToInteractiveAsync(page, "/client/missions");
        var mission = page.Locator("a[href^='client/missions/']:not([href$='/new'])").First;
        await Expect(mission).ToBeVisibleAsync();
        await mission.ClickAsync();
        await Expect(page).ToHaveURLAsync(MissionUrl());
        await WaitForInteractiveAsync(page);
        await GoToInteractiveAsync(page, "/skills-map");
        violations.ShouldBeEmpty();

        // Scalar's bundle tries eval once; the policy refuses it (no 'unsafe-eval' anywhere) and the reference still renders.
        await page.GotoAsync("/api/docs");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "TescForce API" }).First).ToBeVisibleAsync(new() { Timeout = 15_000 });
        await Expect(page.GetByText("/api/v1/skills").First).ToBeAttachedAsync();
        violations.ShouldAllBe(violation => violation.StartsWith("/api/docs/: script-src blocked eval (") && violation.Contains("/api/docs/scalar.js:"));
    });

    /// <summary>Violations as the page reports them (securitypolicyviolation) and as the console does, across navigations.</summary>
    private static async Task<List<string>> RecordPolicyViolationsAsync(IPage page)
    {
        var violations = new List<string>();
        await page.ExposeFunctionAsync("__reportPolicyViolation", (string violation) =>
        {
            lock (violations)
            {
                violations.Add(violation);
            }
        });
        await page.AddInitScriptAsync("""
            document.addEventListener('securitypolicyviolation', e => window.__reportPolicyViolation(
              `${location.pathname}: ${e.effectiveDirective} blocked ${e.blockedURI} (${e.sourceFile}:${e.lineNumber})`));
            """);
        page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase))
            {
                lock (violations)
                {
                    violations.Add($"console: {message.Text}");
                }
            }
        };
        return violations;
    }

    [GeneratedRegex("/client/missions/[0-9a-f-]{36}$")]
    private static partial Regex MissionUrl();
}
