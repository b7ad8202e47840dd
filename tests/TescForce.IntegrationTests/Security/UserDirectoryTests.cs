using Microsoft.Extensions.DependencyInjection;
using TescForce.Application.Common;
using TescForce.Application.Users;
using TescForce.Domain.Identity;
using TescForce.Infrastructure.Data;
using TescForce.Infrastructure.Identity;
using TescForce.IntegrationTests.Infrastructure;

namespace TescForce.IntegrationTests.Security;

public sealed class UserDirectoryTests(DatabaseFixture fixture) : IntegrationTest(fixture)
{
    private static readonly ActingUser Curator = ActingUser.Create("curator-id", [Roles.Curator]);

    [Theory, BothProviders]
    public async Task A_curator_finds_users_by_part_of_their_email_or_name_whatever_the_case(DatabaseProvider provider)
    {
        await using var app = new TescForceWebApplicationFactory(await Fixture.UseAsync(provider));
        await using var scope = app.Services.CreateAsyncScope();
        var directory = scope.ServiceProvider.GetRequiredService<IUserDirectory>();

        var byEmail = await directory.SearchAsync(Curator, new UserQuery("COMPANY@", null, new PageRequest()));
        var byName = await directory.SearchAsync(Curator, new UserQuery("camille", null, new PageRequest()));

        byEmail.Items.Select(u => u.Email).ShouldBe([DemoAccounts.CompanyMember.Email]);
        byName.Items.Select(u => u.Email).ShouldBe([DemoAccounts.Curator.Email]);
        byName.Items[0].Roles.ShouldBe([Roles.Curator]);
    }

    [Theory, BothProviders]
    public async Task A_curator_filters_by_role_and_pages_through_users(DatabaseProvider provider)
    {
        await using var app = new TescForceWebApplicationFactory(await Fixture.UseAsync(provider));
        await using var scope = app.Services.CreateAsyncScope();
        var directory = scope.ServiceProvider.GetRequiredService<IUserDirectory>();

        var clients = await directory.SearchAsync(Curator, new UserQuery(null, Roles.ClientMember, new PageRequest()));
        var secondPage = await directory.SearchAsync(Curator, new UserQuery(null, null, new PageRequest(page: 2, pageSize: 2)));
        var counts = await directory.CountByRoleAsync(Curator);

        clients.Items.Select(u => u.Email).ShouldBe([DemoAccounts.ClientMember.Email]);
        secondPage.TotalCount.ShouldBe(3);
        secondPage.PageCount.ShouldBe(2);
        secondPage.Items.Count.ShouldBe(1);
        counts.ShouldBe(new Dictionary<string, int>
        {
            [Roles.Curator] = 1, [Roles.CompanyMember] = 1, [Roles.ClientMember] = 1,
        });
    }

    [Theory]
    [InlineData(Roles.CompanyMember)]
    [InlineData(Roles.ClientMember)]
    public async Task Nobody_but_a_curator_may_list_users(string role)
    {
        await using var app = new TescForceWebApplicationFactory(await Fixture.UseAsync(DatabaseProvider.Sqlite));
        await using var scope = app.Services.CreateAsyncScope();
        var directory = scope.ServiceProvider.GetRequiredService<IUserDirectory>();
        var member = ActingUser.Create("someone", [role]);

        await Should.ThrowAsync<ForbiddenAccessException>(
            () => directory.SearchAsync(member, new UserQuery(null, null, new PageRequest())));
        await Should.ThrowAsync<ForbiddenAccessException>(() => directory.CountByRoleAsync(member));
    }
}
