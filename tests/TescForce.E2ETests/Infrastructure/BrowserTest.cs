using System.Runtime.CompilerServices;
using Microsoft.Playwright;

namespace TescForce.E2ETests.Infrastructure;

/// <summary>Each test gets a fresh browser context (no shared cookies) and a screenshot when it fails.</summary>
[Collection(AppServerCollection.Name)]
public abstract class BrowserTest(AppServerFixture app)
{
    protected AppServerFixture App { get; } = app;

    protected async Task RunAsync(Func<IPage, Task> test, string locale = "en-US", [CallerMemberName] string name = "")
    {
        await using var context = await App.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = App.BaseUrl.ToString(),
            Locale = locale,
            ViewportSize = new ViewportSize { Width = 1440, Height = 900 },
        });
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(15_000);
        try
        {
            await test(page);
        }
        catch
        {
            await SaveScreenshotAsync(page, $"{name}-failure");
            throw;
        }
        finally
        {
            await ForgetLanguageChoiceAsync(page);
        }
    }

    /// <summary>
    /// A signed-in user's language choice is kept on the account and applied at the next sign-in, so a test that
    /// switched a demo account to French would hand French pages to the next test signing in as it: put English back.
    /// </summary>
    private static async Task ForgetLanguageChoiceAsync(IPage page)
    {
        try
        {
            await page.GotoAsync("/culture/set?culture=en&redirectUri=/");
        }
        catch (PlaywrightException)
        {
            // The page is gone (a browser crash is reported by the test itself).
        }
    }

    /// <summary>Saves a full-page screenshot under TestResults/screenshots of the repository.</summary>
    protected static async Task SaveScreenshotAsync(IPage page, string name, bool fullPage = true)
    {
        Directory.CreateDirectory(ScreenshotFolder);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ScreenshotFolder, name + ".png"), FullPage = fullPage });
    }

    /// <summary>Navigates and waits until the page is interactive (typing into the prerendered page would be lost).</summary>
    protected static async Task GoToInteractiveAsync(IPage page, string url)
    {
        await page.GotoAsync(url);
        await WaitForInteractiveAsync(page);
    }

    protected static Task WaitForInteractiveAsync(IPage page) =>
        page.GetByTestId("interactive").WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Attached });

    protected static async Task LogInAsync(IPage page, string email, string password)
    {
        await page.GotoAsync("/Account/Login");
        await page.GetByLabel("Email").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Log in", Exact = true }).ClickAsync();
    }

    /// <summary>A SIREN number no other test uses: 8 random digits and the Luhn check digit.</summary>
    protected static string UniqueSiren()
    {
        var body = Random.Shared.Next(10_000_000, 99_999_999).ToString(System.Globalization.CultureInfo.InvariantCulture);
        for (var check = 0; check <= 9; check++)
        {
            if (TescForce.Domain.Companies.Siren.HasValidLuhnChecksum(body + check))
            {
                return body + check;
            }
        }

        throw new InvalidOperationException("unreachable: one check digit always fits");
    }

    private static string ScreenshotFolder { get; } = Path.Combine(RepositoryRoot(), "TestResults", "screenshots");

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "TescForce.sln")))
            {
                return dir.FullName;
            }
        }

        return AppContext.BaseDirectory;
    }
}
