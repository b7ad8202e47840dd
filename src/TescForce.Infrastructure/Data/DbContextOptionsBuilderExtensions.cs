using Microsoft.EntityFrameworkCore;

namespace TescForce.Infrastructure.Data;

public static class DbContextOptionsBuilderExtensions
{
    public const string SqliteMigrationsAssembly = "TescForce.Migrations.Sqlite";
    public const string PostgreSqlMigrationsAssembly = "TescForce.Migrations.PostgreSql";

    /// <summary>The one place that maps a provider to its EF Core provider and migrations assembly.</summary>
    public static DbContextOptionsBuilder UseTescForceDatabase(
        this DbContextOptionsBuilder options, DatabaseProvider provider, string connectionString)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        return provider switch
        {
            DatabaseProvider.Sqlite => options.UseSqlite(
                connectionString, sqlite => sqlite.MigrationsAssembly(SqliteMigrationsAssembly)),
            DatabaseProvider.PostgreSql => options.UseNpgsql(
                connectionString, npgsql => npgsql.MigrationsAssembly(PostgreSqlMigrationsAssembly)),
            _ => throw new ArgumentOutOfRangeException(nameof(provider), provider, "Unknown database provider."),
        };
    }
}
