using Microsoft.EntityFrameworkCore.Design;
using TescForce.Infrastructure.Data;

namespace TescForce.Migrations.PostgreSql;

/// <summary>
/// Used by <c>dotnet ef</c> only: builds the context for the PostgreSQL migrations. Adding a
/// migration needs no server; <c>TESCFORCE_DESIGN_POSTGRES</c> may point at one for other commands.
/// </summary>
public sealed class PostgreSqlDesignTimeDbContextFactory : IDesignTimeDbContextFactory<TescForceDbContext>
{
    public TescForceDbContext CreateDbContext(string[] args)
    {
        var connectionString = Environment.GetEnvironmentVariable("TESCFORCE_DESIGN_POSTGRES")
            ?? "Host=localhost;Database=tescforce;Username=tescforce";
        return new TescForceDbContext(DesignTimeDbContextOptions.Create(DatabaseProvider.PostgreSql, connectionString));
    }
}
