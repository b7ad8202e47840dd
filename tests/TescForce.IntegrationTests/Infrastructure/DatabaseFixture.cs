using TescForce.Infrastructure.Data;

namespace TescForce.IntegrationTests.Infrastructure;

/// <summary>
/// Shared by every integration test: one migrated database per provider for the whole run, emptied
/// before each test, and fresh empty databases on demand for the migration tests.
/// </summary>
public sealed class DatabaseFixture : IAsyncLifetime
{
    private readonly List<TestDatabase> _extraDatabases = [];
    private PostgresServer? _postgres;
    private TestDatabase? _sqlite;
    private TestDatabase? _postgresDatabase;

    public async Task InitializeAsync()
    {
        _postgres = await PostgresServer.StartAsync();
        _sqlite = TestDatabase.CreateSqlite();
        _postgresDatabase = await TestDatabase.CreatePostgresAsync(_postgres.AdminConnectionString);
        await _sqlite.MigrateAsync();
        await _postgresDatabase.MigrateAsync();
    }

    /// <summary>The shared migrated database of that provider, emptied for this test.</summary>
    public async Task<TestDatabase> UseAsync(DatabaseProvider provider, bool keepReferenceData = true)
    {
        var database = provider == DatabaseProvider.Sqlite ? _sqlite! : _postgresDatabase!;
        await database.ResetAsync(keepReferenceData);
        return database;
    }

    /// <summary>A new database with nothing in it (not even the migrations history); dropped at the end of the run.</summary>
    public async Task<TestDatabase> CreateEmptyAsync(DatabaseProvider provider)
    {
        var database = provider == DatabaseProvider.Sqlite
            ? TestDatabase.CreateSqlite()
            : await TestDatabase.CreatePostgresAsync(_postgres!.AdminConnectionString);
        _extraDatabases.Add(database);
        return database;
    }

    public async Task DisposeAsync()
    {
        foreach (var database in _extraDatabases)
        {
            await database.DisposeAsync();
        }

        if (_sqlite is not null)
        {
            await _sqlite.DisposeAsync();
        }

        if (_postgresDatabase is not null)
        {
            await _postgresDatabase.DisposeAsync();
        }

        if (_postgres is not null)
        {
            await _postgres.DisposeAsync();
        }
    }
}

[CollectionDefinition(Name)]
public sealed class DatabaseCollection : ICollectionFixture<DatabaseFixture>
{
    public const string Name = "Database";
}
