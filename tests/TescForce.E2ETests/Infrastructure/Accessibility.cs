using System.Globalization;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace TescForce.E2ETests.Infrastructure;

/// <summary>WCAG 2.1 AA checks shared by the tests: axe-core's serious and critical findings, and horizontal overflow.</summary>
public static class Accessibility
{
    private static readonly AxeRunOptions WcagAa = new()
    {
        RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
    };

    /// <summary>Fails with one line per finding (rule, impact, elements, help) when axe reports a serious or critical violation.</summary>
    public static async Task ShouldHaveNoSeriousViolationsAsync(this IPage page, string where)
    {
        var result = await page.RunAxe(WcagAa);
        var findings = result.Violations
            .Where(v => v.Impact is "serious" or "critical")
            .Select(v => $"{v.Id} ({v.Impact}): {v.Help} {v.HelpUrl}\n"
                         + string.Join("\n", v.Nodes.Take(5).Select(n => $"    {n.Target} {Shorten(n.Html)}"))
                         + (v.Nodes.Length > 5 ? $"\n    and {v.Nodes.Length - 5} more" : ""))
            .ToList();
        findings.ShouldBeEmpty($"axe found serious or critical WCAG 2.1 AA violations on {where}:\n{string.Join("\n", findings)}\n");
    }

    private static string Shorten(string html) => html.Length <= 160 ? html : html[..160] + "…";

    /// <summary>
    /// Errors are announced: when <paramref name="fieldErrors"/>, some inputs are aria-invalid; and either an alert
    /// (role=alert or aria-live) with text exists or every invalid input is described by a non-empty message.
    /// </summary>
    public static async Task ShouldAnnounceErrorsAsync(this IPage page, string where, bool fieldErrors = true)
    {
        var found = await page.EvaluateAsync<string[]>("""
            () => {
                const text = id => (document.getElementById(id)?.textContent ?? '').trim();
                const invalid = [...document.querySelectorAll('[aria-invalid="true"]')];
                const alerts = [...document.querySelectorAll('[role="alert"], [aria-live="polite"], [aria-live="assertive"]')]
                    .filter(a => a.textContent.trim() && a.getClientRects().length > 0);
                const undescribed = invalid.filter(e => !(e.getAttribute('aria-describedby') ?? '').split(/\s+/).some(id => id && text(id)));
                return [String(invalid.length), String(alerts.length), ...undescribed.map(e => e.id || e.outerHTML.slice(0, 100))];
            }
            """);
        var (invalid, alerts, undescribed) = (int.Parse(found[0], CultureInfo.InvariantCulture), int.Parse(found[1], CultureInfo.InvariantCulture), found[2..]);
        if (fieldErrors)
        {
            invalid.ShouldBeGreaterThan(0, $"no input is aria-invalid on {where}");
        }

        (alerts > 0 || (invalid > 0 && undescribed.Length == 0)).ShouldBeTrue(
            $"errors on {where} are not announced: no alert or live region, and these invalid inputs are not described by a message: {string.Join(", ", undescribed)}");
    }

    /// <summary>The page itself never scrolls sideways; wide content (tables) scrolls inside its own container.</summary>
    public static async Task ShouldNotOverflowHorizontallyAsync(this IPage page, string where)
    {
        var widths = await page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, window.innerWidth]");
        widths[0].ShouldBeLessThanOrEqualTo(widths[1], $"{where} scrolls horizontally ({widths[0]} px of content in {widths[1]} px)");
    }
}
