using System.Diagnostics;
using Npgsql;
using TescForce.Infrastructure.Data;
using TescForce.IntegrationTests.Infrastructure;

namespace TescForce.IntegrationTests.Operations;

/// <summary>
/// <c>scripts/backup.sh</c> and <c>scripts/restore.sh</c>, run as an operator would, against the test PostgreSQL server:
/// what is restored is what was backed up, and a restore never overwrites a database by accident.
/// </summary>
public sealed class BackupRestoreTests(DatabaseFixture fixture) : IntegrationTest(fixture)
{
    [Fact]
    public async Task A_backup_restored_into_an_empty_database_holds_the_same_data_and_migrations()
    {
        var source = await Fixture.UseAsync(DatabaseProvider.PostgreSql);
        var (company, _) = await TestData.InsertCompanyAsync(source, "Garonne Systèmes");
        var target = await Fixture.CreateEmptyAsync(DatabaseProvider.PostgreSql);
        var file = Path.Combine(Path.GetTempPath(), $"tescforce-backup-{Guid.NewGuid():N}.dump");

        try
        {
            var backup = await RunAsync("backup.sh", source, file);
            var restore = await RunAsync("restore.sh", target, file);

            backup.ExitCode.ShouldBe(0, backup.Output);
            restore.ExitCode.ShouldBe(0, restore.Output);
            (await ScalarAsync(target, $"SELECT \"Name\" FROM \"MemberCompanies\" WHERE \"Id\" = '{company.Id}'")).ShouldBe("Garonne Systèmes");
            (await ScalarAsync(target, "SELECT string_agg(\"MigrationId\", ',' ORDER BY \"MigrationId\") FROM \"__EFMigrationsHistory\""))
                .ShouldBe(await ScalarAsync(source, "SELECT string_agg(\"MigrationId\", ',' ORDER BY \"MigrationId\") FROM \"__EFMigrationsHistory\""));
            (await ScalarAsync(target, "SELECT count(*) FROM \"SkillTags\"")).ShouldBe(await ScalarAsync(source, "SELECT count(*) FROM \"SkillTags\""));
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public async Task A_restore_into_a_database_that_holds_data_is_refused_unless_asked_to_replace_it()
    {
        var source = await Fixture.UseAsync(DatabaseProvider.PostgreSql);
        await TestData.InsertCompanyAsync(source, "Garonne Systèmes");
        var file = Path.Combine(Path.GetTempPath(), $"tescforce-backup-{Guid.NewGuid():N}.dump");

        try
        {
            (await RunAsync("backup.sh", source, file)).ExitCode.ShouldBe(0);
            await TestData.InsertCompanyAsync(source, "Added after the backup");

            var refused = await RunAsync("restore.sh", source, file);
            var countAfterRefusal = await ScalarAsync(source, "SELECT count(*) FROM \"MemberCompanies\"");
            var replaced = await RunAsync("restore.sh", source, file, "--replace");
            var countAfterReplace = await ScalarAsync(source, "SELECT count(*) FROM \"MemberCompanies\"");

            refused.ExitCode.ShouldBe(4, refused.Output);
            countAfterRefusal.ShouldBe("2");
            replaced.ExitCode.ShouldBe(0, replaced.Output);
            countAfterReplace.ShouldBe("1");
        }
        finally
        {
            File.Delete(file);
        }
    }

    private static async Task<(int ExitCode, string Output)> RunAsync(string script, TestDatabase database, params string[] arguments)
    {
        var connection = new NpgsqlConnectionStringBuilder(database.ConnectionString);
        var start = new ProcessStartInfo("bash")
        {
            RedirectStandardOutput = true, RedirectStandardError = true,
            Environment = { ["PGPASSWORD"] = connection.Password ?? "" },
        };
        start.ArgumentList.Add(Path.Combine(RepositoryFiles.Root(), "scripts", script));
        start.ArgumentList.Add(arguments[0]);
        // libpq's form of the connection; the password goes through the environment, as the scripts ask.
        start.ArgumentList.Add($"host={connection.Host} port={connection.Port} user={connection.Username} dbname={connection.Database}");
        foreach (var argument in arguments.Skip(1))
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await output + await error);
    }

    private static async Task<string?> ScalarAsync(TestDatabase database, string sql)
    {
        await using var connection = new NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return (await command.ExecuteScalarAsync())?.ToString();
    }
}
