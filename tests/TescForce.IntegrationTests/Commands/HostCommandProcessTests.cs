using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using TescForce.Infrastructure.Data;
using TescForce.IntegrationTests.Infrastructure;
using TescForce.Web.Commands;

namespace TescForce.IntegrationTests.Commands;

/// <summary>
/// The real entry point: the built <c>TescForce.Web.dll</c> started as a process with a command, configured by
/// environment variables as an operator would, which proves Program runs the command and exits instead of serving.
/// </summary>
public sealed class HostCommandProcessTests
{
    [Fact]
    public async Task Help_prints_the_commands_and_exits_0()
    {
        var result = await RunAsync(["--help"], "Data Source=unused.db");

        result.ExitCode.ShouldBe(ExitCodes.Success, result.Error);
        result.Output.ShouldContain("create-curator");
        result.Output.ShouldContain("seed-demo");
    }

    [Fact]
    public async Task An_unknown_command_exits_2_with_one_line_on_the_error_stream()
    {
        var result = await RunAsync(["frob"], "Data Source=unused.db");

        result.ExitCode.ShouldBe(ExitCodes.Usage);
        result.ErrorLines.ShouldHaveSingleItem().ShouldStartWith("Unknown command 'frob'.");
        result.Output.ShouldBeEmpty();
    }

    [Fact]
    public async Task Migrate_on_an_empty_sqlite_file_creates_the_schema_and_prints_only_its_report()
    {
        var file = Path.Combine(Path.GetTempPath(), $"tescforce-cmd-{Guid.NewGuid():N}.db");
        var connectionString = new SqliteConnectionStringBuilder { DataSource = file, Pooling = false }.ToString();
        try
        {
            var result = await RunAsync(["migrate"], connectionString);

            result.ExitCode.ShouldBe(ExitCodes.Success, result.Error);
            result.Output.ShouldContain("Migrations: applied");
            result.Output.ShouldNotContain("{\"@t\"");
            await using var db = new TescForceDbContext(DesignTimeDbContextOptions.Create(DatabaseProvider.Sqlite, connectionString));
            (await db.Database.GetPendingMigrationsAsync()).ShouldBeEmpty();
            (await db.Roles.CountAsync()).ShouldBe(3);
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            File.Delete(file);
        }
    }

    private static async Task<CommandResult> RunAsync(string[] args, string connectionString)
    {
        var dll = WebAssemblyPath();
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = Path.GetDirectoryName(dll)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(dll);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["Database__Provider"] = "Sqlite";
        start.Environment["ConnectionStrings__TescForce"] = connectionString;
        using var process = Process.Start(start)!;
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"dotnet {string.Join(' ', args)} did not exit within 2 minutes: it may have started the server.");
        }

        return new CommandResult(process.ExitCode, await output, await error);
    }

    /// <summary>The web project's own build output (its runtimeconfig, deps and appsettings beside it), of the test's configuration.</summary>
    private static string WebAssemblyPath()
    {
        var testOutput = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var framework = testOutput.Name;
        var configuration = testOutput.Parent!.Name;
        var dll = Path.Combine(RepositoryFiles.Root(), "src", "TescForce.Web", "bin", configuration, framework, "TescForce.Web.dll");
        File.Exists(dll).ShouldBeTrue($"{dll} is built with the tests (project reference)");
        return dll;
    }
}
