using Microsoft.EntityFrameworkCore.Design;
using TescForce.Infrastructure.Data;

namespace TescForce.Migrations.Sqlite;

/// <summary>Used by <c>dotnet ef</c> only: builds the context for the SQLite migrations.</summary>
public sealed class SqliteDesignTimeDbContextFactory : IDesignTimeDbContextFactory<TescForceDbContext>
{
    public TescForceDbContext CreateDbContext(string[] args)
    {
        return new TescForceDbContext(DesignTimeDbContextOptions.Create(DatabaseProvider.Sqlite, "Data Source=design-time.db"));
    }
}
