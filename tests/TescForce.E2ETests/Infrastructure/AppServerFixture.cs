using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Playwright;

namespace TescForce.E2ETests.Infrastructure;

/// <summary>
/// The real app on Kestrel (a free loopback port, its own temporary SQLite database, Development
/// so that the demo accounts and demo data exist) and one Chromium for the whole E2E run. The demo
/// data is cut to a few hundred consultants: pages have realistic content and start-up stays fast.
/// </summary>
public sealed class AppServerFixture : WebApplicationFactory<Program>, IAsyncLifetime
{
    private static readonly string[] ChromiumArgs =
    [
        "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
    ];

    private readonly string _databaseFile = Path.Combine(Path.GetTempPath(), $"tescforce-e2e-{Guid.NewGuid():N}.db");
    private IPlaywright? _playwright;

    public AppServerFixture() => UseKestrel(0);

    public Uri BaseUrl { get; private set; } = default!;

    public IBrowser Browser { get; private set; } = default!;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("Database:Provider", "Sqlite");
        builder.UseSetting("ConnectionStrings:TescForce", new SqliteConnectionStringBuilder { DataSource = _databaseFile }.ToString());
        builder.UseSetting("Serilog:MinimumLevel:Default", "Warning");
        builder.UseSetting("DemoData:Consultants", "300");
        // Every test signs in and registers from 127.0.0.1: the per-address limits are proved by the integration tests.
        builder.UseSetting("Security:RateLimits:Registration:Permits", "1000");
        builder.UseSetting("Security:RateLimits:Login:Permits", "1000");
    }

    public async Task InitializeAsync()
    {
        StartServer();
        BaseUrl = ClientOptions.BaseAddress;
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            Headless = true,
            ExecutablePath = ChromiumPath(),
            Args = ChromiumArgs,
        });
    }

    /// <summary>The system Chromium (TESCFORCE_CHROMIUM, else /usr/bin/chromium); null lets Playwright use its own.</summary>
    private static string? ChromiumPath()
    {
        var configured = Environment.GetEnvironmentVariable("TESCFORCE_CHROMIUM");
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return configured;
        }

        return File.Exists("/usr/bin/chromium") ? "/usr/bin/chromium" : null;
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        _playwright?.Dispose();
        await DisposeAsync();
        SqliteConnection.ClearAllPools();
        File.Delete(_databaseFile);
    }
}

[CollectionDefinition(Name)]
public sealed class AppServerCollection : ICollectionFixture<AppServerFixture>
{
    public const string Name = "App server";
}
