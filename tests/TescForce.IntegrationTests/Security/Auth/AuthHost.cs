using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using TescForce.Domain.Identity;
using TescForce.Infrastructure.Identity;
using TescForce.IntegrationTests.Infrastructure;
using TescForce.IntegrationTests.Public;

namespace TescForce.IntegrationTests.Security.Auth;

/// <summary>The web host for sign-in tests: a clock the test moves, accounts with passwords, and browsers that sign in.</summary>
internal sealed class AuthHost : IAsyncDisposable
{
    public const string Password = "the blue heron fishes at dawn";

    private readonly WebApplicationFactory<Program> _app;

    public AuthHost(TestDatabase database, string environment = "Development", IReadOnlyDictionary<string, string?>? settings = null)
    {
        _app = new TescForceWebApplicationFactory(database, environment, settings)
            .WithWebHostBuilder(builder => builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(Clock)));
    }

    public MovableClock Clock { get; } = new(DateTimeOffset.UtcNow);

    public IServiceProvider Services => _app.Services;

    /// <summary>A browser: keeps cookies, does not follow redirects, speaks https (so Secure cookies come back).</summary>
    public HttpClient Browser() => CreateClient(new WebApplicationFactoryClientOptions
    {
        AllowAutoRedirect = false, BaseAddress = new Uri("https://localhost/"),
    });

    public HttpClient CreateClient(WebApplicationFactoryClientOptions options) => _app.CreateClient(options);

    public async Task<ApplicationUser> CreateUserAsync(string email, string password = Password, string role = Roles.CompanyMember)
    {
        await using var scope = _app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        var user = new ApplicationUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = "Test", CreatedAt = Clock.GetUtcNow() };
        (await users.CreateAsync(user, password)).Succeeded.ShouldBeTrue();
        (await users.AddToRoleAsync(user, role)).Succeeded.ShouldBeTrue();
        return user;
    }

    public async Task<ApplicationUser> FindAsync(string email)
    {
        await using var scope = _app.Services.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>().FindByEmailAsync(email)).ShouldNotBeNull();
    }

    public static Task<HttpResponseMessage> LogInAsync(HttpClient browser, string email, string password) =>
        PageHtml.PostFormAsync(browser, "/Account/Login", "login", "en",
            new Dictionary<string, string> { ["Input.Email"] = email, ["Input.Password"] = password });

    /// <summary>True when the browser's cookie still opens a page that needs a sign-in.</summary>
    public static async Task<bool> IsSignedInAsync(HttpClient browser)
    {
        var response = await browser.GetAsync("/Account/Manage");
        if (response.StatusCode == HttpStatusCode.OK)
        {
            return true;
        }

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.OriginalString.ShouldContain("Account/Login");
        return false;
    }

    public ValueTask DisposeAsync() => _app.DisposeAsync();
}

/// <summary>A clock that stays put until the test moves it.</summary>
internal sealed class MovableClock(DateTimeOffset start) : TimeProvider
{
    private DateTimeOffset _now = start;

    public override DateTimeOffset GetUtcNow() => _now;

    public void Advance(TimeSpan by) => _now += by;
}
