using Microsoft.EntityFrameworkCore;
using TescForce.Infrastructure.Data;
using TescForce.IntegrationTests.Infrastructure;

namespace TescForce.IntegrationTests.Persistence;

public sealed class MigrationTests(DatabaseFixture fixture) : IntegrationTest(fixture)
{
    [Theory, BothProviders]
    public async Task Every_migration_applies_to_an_empty_database(DatabaseProvider provider)
    {
        var database = await Fixture.CreateEmptyAsync(provider);
        await using var db = database.CreateDbContext();

        var all = db.Database.GetMigrations().ToList();
        all.ShouldNotBeEmpty();
        (await db.Database.GetAppliedMigrationsAsync()).ShouldBeEmpty();

        await db.Database.MigrateAsync();

        (await db.Database.GetAppliedMigrationsAsync()).ShouldBe(all);
        (await db.Users.CountAsync()).ShouldBe(0);
    }

    [Theory, BothProviders]
    public async Task The_model_has_no_changes_missing_from_the_migrations(DatabaseProvider provider)
    {
        var database = await Fixture.UseAsync(provider);
        await using var db = database.CreateDbContext();

        db.Database.HasPendingModelChanges().ShouldBeFalse(
            $"the {provider} migrations are behind the model: run scripts/add-migration.sh <Name>");
    }

    [Theory, BothProviders]
    public async Task Each_provider_uses_its_own_migrations_assembly(DatabaseProvider provider)
    {
        var database = await Fixture.UseAsync(provider);
        await using var db = database.CreateDbContext();

        var migrationsAssembly = db.Database.GetMigrations().First();
        var assemblyName = provider == DatabaseProvider.Sqlite
            ? DbContextOptionsBuilderExtensions.SqliteMigrationsAssembly
            : DbContextOptionsBuilderExtensions.PostgreSqlMigrationsAssembly;
        var migrationType = AppDomain.CurrentDomain.GetAssemblies()
            .Single(a => a.GetName().Name == assemblyName)
            .GetTypes()
            .Any(t => t.Name.EndsWith("InitialIdentity", StringComparison.Ordinal));

        migrationsAssembly.ShouldEndWith("_InitialIdentity");
        migrationType.ShouldBeTrue();
    }
}
