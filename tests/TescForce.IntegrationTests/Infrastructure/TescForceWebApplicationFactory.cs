using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;

namespace TescForce.IntegrationTests.Infrastructure;

/// <summary>
/// The real web host on a test database; extra settings override appsettings. The setting
/// <see cref="TestAuthentication.Setting"/> also signs requests in from test headers. The demo data
/// (10,000 consultants) is off unless a test turns it on with <c>DemoData:Enabled</c>: every
/// Development host would otherwise spend seconds generating it. Cookies are not Secure-only, even in Production
/// (<c>Security:Session:SecureCookies</c>), unless a test says so.
/// </summary>
public sealed class TescForceWebApplicationFactory(
    TestDatabase database,
    string environment = "Development",
    IReadOnlyDictionary<string, string?>? settings = null) : WebApplicationFactory<Program>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(environment);
        builder.UseSetting("Database:Provider", database.Provider.ToString());
        builder.UseSetting("ConnectionStrings:TescForce", database.ConnectionString);
        builder.UseSetting("Serilog:MinimumLevel:Default", "Warning");
        builder.UseSetting("DemoData:Enabled", "false");
        // The test clients speak plain http, where Secure (__Host-) cookies are never sent back and antiforgery refuses
        // to run; the tests of those cookies turn them on again and speak https (Security/Auth/SessionTests).
        builder.UseSetting("Security:Session:SecureCookies", "false");
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            builder.UseSetting(key, value);
        }

        if (settings?.GetValueOrDefault(TestAuthentication.SettingKey) == "true")
        {
            builder.ConfigureTestServices(TestAuthentication.Register);
        }
    }
}
