using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;

namespace TescForce.Infrastructure.Data;

public static class ConnectionStrings
{
    /// <summary>
    /// The configured connection string, or for SQLite with nothing configured a database file
    /// under <c>App_Data/</c> of the content root, whose folder is created on the way.
    /// </summary>
    public static string Resolve(IConfiguration configuration, DatabaseProvider provider, string contentRootPath)
    {
        var configured = configuration.GetConnectionString(DatabaseOptions.ConnectionStringName);
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return configured;
        }

        if (provider != DatabaseProvider.Sqlite)
        {
            throw new InvalidOperationException(
                $"Database:Provider is {provider} but ConnectionStrings:{DatabaseOptions.ConnectionStringName} is not set.");
        }

        var folder = Path.Combine(contentRootPath, "App_Data");
        Directory.CreateDirectory(folder);
        return new SqliteConnectionStringBuilder
        {
            DataSource = Path.Combine(folder, "tescforce.db"),
            Cache = SqliteCacheMode.Default,
            Pooling = true,
        }.ToString();
    }
}
