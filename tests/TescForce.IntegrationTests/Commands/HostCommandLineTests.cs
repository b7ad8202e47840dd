using TescForce.Web.Commands;

namespace TescForce.IntegrationTests.Commands;

/// <summary>The command line itself: help, refused arguments and a database that cannot be reached. No database is touched.</summary>
public sealed class HostCommandLineTests
{
    // Never opened: every case here is refused before a command touches the database, or fails to reach it.
    private const string UnreachablePostgres = "Host=127.0.0.1;Port=1;Username=nobody;Password=none;Database=none;Timeout=3";

    [Theory]
    [InlineData("help")]
    [InlineData("--help")]
    public async Task Help_lists_every_command_with_its_options(string help)
    {
        var result = await RunAsync([help]);

        result.ExitCode.ShouldBe(ExitCodes.Success);
        foreach (var expected in new[] { "migrate", "seed-demo", "--consultants N", "create-curator", "--email E", "--name", "--verbose" })
        {
            result.Output.ShouldContain(expected);
        }

        result.Error.ShouldBeEmpty();
    }

    [Fact]
    public async Task A_commands_help_shows_its_usage_and_runs_nothing()
    {
        var result = await RunAsync(["create-curator", "--help"]);

        result.ExitCode.ShouldBe(ExitCodes.Success);
        result.Output.ShouldStartWith("Usage: dotnet TescForce.Web.dll create-curator --email E [--name \"Display Name\"]");
    }

    [Theory]
    [InlineData("Unknown command 'frob'", "frob")]
    [InlineData("help: no command 'frob'", "help", "frob")]
    [InlineData("create-curator: --email E is required.", "create-curator")]
    [InlineData("create-curator: --email needs a value", "create-curator", "--email")]
    [InlineData("create-curator: --email needs a value", "create-curator", "--email", "--name", "N")]
    [InlineData("seed-demo: --consultants must be a whole number of at least 0, not 'many'", "seed-demo", "--consultants", "many")]
    [InlineData("seed-demo: --consultants must be a whole number of at least 0, not '-5'", "seed-demo", "--consultants=-5")]
    [InlineData("seed-demo: --consultants is given more than once", "seed-demo", "--consultants", "1", "--consultants", "2")]
    [InlineData("migrate: unknown option --force", "migrate", "--force")]
    [InlineData("migrate: unexpected argument 'now'", "migrate", "now")]
    [InlineData("migrate: --verbose takes no value", "migrate", "--verbose=yes")]
    public async Task A_wrong_command_line_exits_2_with_one_line_that_says_what_is_wrong(string message, params string[] args)
    {
        var result = await RunAsync(args);

        result.ExitCode.ShouldBe(ExitCodes.Usage);
        result.ErrorLines.ShouldHaveSingleItem().ShouldStartWith(message);
        result.Output.ShouldBeEmpty();
    }

    [Fact]
    public async Task An_unreachable_database_is_reported_on_one_line_without_a_stack_trace()
    {
        var result = await RunAsync(["migrate"]);

        result.ExitCode.ShouldBe(ExitCodes.Failure);
        var line = result.ErrorLines.ShouldHaveSingleItem();
        line.ShouldStartWith("migrate failed: Failed to connect to 127.0.0.1:1");
        line.ShouldNotContain(" at ");
    }

    [Fact]
    public async Task Verbose_adds_the_stack_trace_to_a_failure()
    {
        var result = await RunAsync(["migrate", "--verbose"]);

        result.ExitCode.ShouldBe(ExitCodes.Failure);
        result.Error.ShouldContain("migrate failed: Npgsql.NpgsqlException");
        result.Error.ShouldContain(" at ");
    }

    [Theory]
    [InlineData(true, "migrate")]
    [InlineData(true, "frob")]
    [InlineData(true, "--help")]
    [InlineData(false)]
    [InlineData(false, "--urls", "http://localhost:5080")]
    [InlineData(false, "--environment", "Production")]
    [InlineData(false, "urls=http://localhost:5080")]
    public void Only_a_first_word_or_help_is_a_command_line_anything_else_starts_the_server(bool isCommand, params string[] args)
    {
        HostCommands.IsCommandLine(args).ShouldBe(isCommand);
    }

    private static async Task<CommandResult> RunAsync(string[] args)
    {
        await using var host = CommandHost.For("PostgreSql", UnreachablePostgres);
        return await host.RunAsync(args);
    }
}
