using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TescForce.Domain.Identity;
using TescForce.Infrastructure.Data;
using TescForce.Infrastructure.Identity;
using TescForce.IntegrationTests.Infrastructure;

namespace TescForce.IntegrationTests.Security;

public sealed class AuthenticationTests(DatabaseFixture fixture) : IntegrationTest(fixture)
{
    [Theory]
    [InlineData("/admin")]
    [InlineData("/admin/users")]
    [InlineData("/Account/Manage")]
    public async Task An_anonymous_visitor_asking_for_a_protected_page_is_sent_to_login(string path)
    {
        await using var app = new TescForceWebApplicationFactory(await Fixture.UseAsync(DatabaseProvider.Sqlite));
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var response = await client.GetAsync(path);

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.PathAndQuery.ShouldBe($"/Account/Login?ReturnUrl={Uri.EscapeDataString(path)}");
    }

    [Theory, BothProviders]
    public async Task Development_seeds_one_demo_account_per_role(DatabaseProvider provider)
    {
        await using var app = new TescForceWebApplicationFactory(await Fixture.UseAsync(provider));
        _ = app.Services; // starts the host, which migrates and seeds

        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        foreach (var account in DemoAccounts.All)
        {
            var user = await users.FindByEmailAsync(account.Email);
            user.ShouldNotBeNull(account.Email);
            (await users.GetRolesAsync(user)).ShouldBe([account.Role]);
            (await users.CheckPasswordAsync(user, account.Password)).ShouldBeTrue();
        }
    }

    [Theory, BothProviders]
    public async Task Outside_development_no_demo_account_exists_but_the_roles_do(DatabaseProvider provider)
    {
        var database = await Fixture.UseAsync(provider);
        await using var app = new TescForceWebApplicationFactory(database, environment: "Production");
        _ = app.Services;

        (await ExecuteDbContextAsync(database, db => db.Users.CountAsync())).ShouldBe(0);
        (await ExecuteDbContextAsync(database, db => db.Roles.Select(r => r.Name!).ToListAsync()))
            .ShouldBe(Roles.All, ignoreOrder: true);
    }
}
