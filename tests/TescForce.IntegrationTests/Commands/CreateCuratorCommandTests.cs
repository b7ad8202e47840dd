using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using TescForce.Domain.Identity;
using TescForce.Infrastructure.Data;
using TescForce.Infrastructure.Identity;
using TescForce.IntegrationTests.Infrastructure;
using TescForce.Web.Commands;

namespace TescForce.IntegrationTests.Commands;

public sealed class CreateCuratorCommandTests(DatabaseFixture fixture) : IntegrationTest(fixture)
{
    private const string Email = "new.curator@digital113.test";
    private const string Password = "Long-enough-pass-2026";

    private static readonly Dictionary<string, string> PasswordInEnvironment = new()
    {
        [CreateCuratorCommand.PasswordVariable] = Password,
    };

    [Theory, BothProviders]
    public async Task Creates_a_confirmed_curator_who_can_sign_in_with_the_password_of_the_environment(DatabaseProvider provider)
    {
        var database = await Fixture.UseAsync(provider);
        await using var host = CommandHost.For(database);

        var result = await host.RunAsync(["create-curator", "--email", Email, "--name", "Nadia Curator"], environment: PasswordInEnvironment);

        result.ExitCode.ShouldBe(ExitCodes.Success, result.Error);
        result.Output.ShouldContain(Email);
        await using var scope = host.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        var user = (await users.FindByEmailAsync(Email)).ShouldNotBeNull();
        user.EmailConfirmed.ShouldBeTrue();
        user.DisplayName.ShouldBe("Nadia Curator");
        (await users.GetRolesAsync(user)).ShouldBe([Roles.Curator]);
        var signIn = await scope.ServiceProvider.GetRequiredService<SignInManager<ApplicationUser>>()
            .CheckPasswordSignInAsync(user, Password, lockoutOnFailure: false);
        signIn.Succeeded.ShouldBeTrue();
    }

    [Theory, BothProviders]
    public async Task Reads_the_password_from_redirected_input_when_the_environment_has_none(DatabaseProvider provider)
    {
        var database = await Fixture.UseAsync(provider);
        await using var host = CommandHost.For(database);

        var result = await host.RunAsync(["create-curator", "--email", Email], input: Password + "\n");

        result.ExitCode.ShouldBe(ExitCodes.Success, result.Error);
        await using var scope = host.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        (await users.CheckPasswordAsync((await users.FindByEmailAsync(Email))!, Password)).ShouldBeTrue();
    }

    [Theory, BothProviders]
    public async Task Refuses_an_email_that_already_has_an_account_and_keeps_the_first(DatabaseProvider provider)
    {
        var database = await Fixture.UseAsync(provider);
        await using var host = CommandHost.For(database);
        (await host.RunAsync(["create-curator", "--email", Email], environment: PasswordInEnvironment)).ExitCode.ShouldBe(ExitCodes.Success);

        var second = await RefusedAsync(database, host, ["create-curator", "--email", Email.ToUpperInvariant()], "Another-long-password\n", usersLeft: 1);

        second.Error.ShouldContain("an account already exists");
    }

    [Theory, BothProviders]
    public async Task Refuses_a_password_shorter_than_the_identity_rules_and_creates_nothing(DatabaseProvider provider)
    {
        var result = await RefusedOnAnEmptyDatabaseAsync(provider, ["create-curator", "--email", Email], "short\n");

        result.Error.ShouldContain("create-curator: Passwords must be at least 12 characters.");
    }

    [Theory, BothProviders]
    public async Task Refuses_a_malformed_email_and_creates_nothing(DatabaseProvider provider)
    {
        var result = await RefusedOnAnEmptyDatabaseAsync(provider, ["create-curator", "--email", "curator.digital113.test"], "", PasswordInEnvironment);

        result.ErrorLines.ShouldBe(["create-curator: 'curator.digital113.test' is not a valid e-mail address."]);
    }

    [Theory, BothProviders]
    public async Task Refuses_when_no_password_is_given(DatabaseProvider provider)
    {
        var result = await RefusedOnAnEmptyDatabaseAsync(provider, ["create-curator", "--email", Email], "");

        result.Error.ShouldContain("no password given");
    }

    private async Task<CommandResult> RefusedOnAnEmptyDatabaseAsync(
        DatabaseProvider provider, string[] args, string input, IReadOnlyDictionary<string, string>? environment = null)
    {
        var database = await Fixture.UseAsync(provider);
        await using var host = CommandHost.For(database);
        return await RefusedAsync(database, host, args, input, environment);
    }

    /// <summary>Runs a command that must be refused: exit code 1, and no account beyond <paramref name="usersLeft"/>.</summary>
    private static async Task<CommandResult> RefusedAsync(
        TestDatabase database, CommandHost host, string[] args, string input, IReadOnlyDictionary<string, string>? environment = null, int usersLeft = 0)
    {
        var result = await host.RunAsync(args, input, environment);
        result.ExitCode.ShouldBe(ExitCodes.Failure);
        (await CountAsync<ApplicationUser>(database)).ShouldBe(usersLeft);
        return result;
    }
}
