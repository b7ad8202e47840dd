using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Respawn;
using Respawn.Graph;
using TescForce.Infrastructure.Data;
using TescForce.Infrastructure.DemoData;

namespace TescForce.IntegrationTests.Infrastructure;

/// <summary>One database of one provider, created for the test run and dropped at its end.</summary>
public sealed class TestDatabase : IAsyncDisposable
{
    private readonly string? _postgresAdminConnectionString;
    private readonly string? _sqliteFile;
    private const string DeleteDemoDataMarker =
        $"DELETE FROM \"ReferenceDataImports\" WHERE \"Source\" = '{DemoDataGenerator.MarkerSource}'";

    private static readonly Table[] ReferenceTables =
        ["SkillTags", "SkillAltLabels", "SkillParentLinks", "SkillRelations", "ReferenceDataImports"];

    private Respawner? _respawner;
    private Respawner? _fullRespawner;

    private TestDatabase(DatabaseProvider provider, string connectionString, string? postgresAdmin, string? sqliteFile)
    {
        Provider = provider;
        ConnectionString = connectionString;
        _postgresAdminConnectionString = postgresAdmin;
        _sqliteFile = sqliteFile;
    }

    public DatabaseProvider Provider { get; }

    public string ConnectionString { get; }

    public static TestDatabase CreateSqlite()
    {
        var file = Path.Combine(Path.GetTempPath(), $"tescforce-it-{Guid.NewGuid():N}.db");
        var connectionString = new SqliteConnectionStringBuilder { DataSource = file, Pooling = false }.ToString();
        return new TestDatabase(DatabaseProvider.Sqlite, connectionString, null, file);
    }

    public static async Task<TestDatabase> CreatePostgresAsync(string adminConnectionString)
    {
        var name = $"tescforce_it_{Guid.NewGuid():N}";
        await using (var admin = new NpgsqlConnection(adminConnectionString))
        {
            await admin.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", admin);
            await create.ExecuteNonQueryAsync();
        }

        var connectionString = new NpgsqlConnectionStringBuilder(adminConnectionString) { Database = name }.ToString();
        return new TestDatabase(DatabaseProvider.PostgreSql, connectionString, adminConnectionString, null);
    }

    public TescForceDbContext CreateDbContext()
    {
        return new TescForceDbContext(DesignTimeDbContextOptions.Create(Provider, ConnectionString));
    }

    public async Task MigrateAsync()
    {
        await using var db = CreateDbContext();
        await db.Database.MigrateAsync();
    }

    /// <summary>
    /// Empties every table but the migrations history (Respawn), so the next test starts clean. The
    /// taxonomy (reference data, imported once per run) is kept unless a test changed it; the demo data
    /// marker, which lives among the reference data imports, goes with the demo data it stands for.
    /// </summary>
    public async Task ResetAsync(bool keepReferenceData = true)
    {
        await using var connection = OpenConnection();
        await connection.OpenAsync();
        if (keepReferenceData)
        {
            _respawner ??= await Respawner.CreateAsync(connection, RespawnOptions(["__EFMigrationsHistory", .. ReferenceTables]));
            await _respawner.ResetAsync(connection);
            await using var command = connection.CreateCommand();
            command.CommandText = DeleteDemoDataMarker;
            await command.ExecuteNonQueryAsync();
        }
        else
        {
            _fullRespawner ??= await Respawner.CreateAsync(connection, RespawnOptions(["__EFMigrationsHistory"]));
            await _fullRespawner.ResetAsync(connection);
        }
    }

    private RespawnerOptions RespawnOptions(Table[] ignored) => new()
    {
        DbAdapter = Provider == DatabaseProvider.PostgreSql ? DbAdapter.Postgres : DbAdapter.Sqlite,
        SchemasToInclude = Provider == DatabaseProvider.PostgreSql ? ["public"] : [],
        TablesToIgnore = ignored,
    };

    private DbConnection OpenConnection() => Provider == DatabaseProvider.PostgreSql
        ? new NpgsqlConnection(ConnectionString)
        : new SqliteConnection(ConnectionString);

    public async ValueTask DisposeAsync()
    {
        if (_sqliteFile is not null)
        {
            SqliteConnection.ClearAllPools();
            foreach (var file in new[] { _sqliteFile, _sqliteFile + "-wal", _sqliteFile + "-shm" })
            {
                File.Delete(file);
            }
        }

        if (_postgresAdminConnectionString is not null)
        {
            NpgsqlConnection.ClearAllPools();
            await using var admin = new NpgsqlConnection(_postgresAdminConnectionString);
            await admin.OpenAsync();
            var name = new NpgsqlConnectionStringBuilder(ConnectionString).Database;
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", admin);
            await drop.ExecuteNonQueryAsync();
        }
    }
}
