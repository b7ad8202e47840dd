using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using TescForce.Infrastructure.Data;

namespace TescForce.Web.Commands;

/// <summary>
/// <c>migrate</c>: the pending migrations of the configured provider, then the reference data every environment
/// needs (roles, skill taxonomy), as the start-up initializer applies them; never the demo data.
/// </summary>
public sealed class MigrateCommand : IHostCommand
{
    public string Name => "migrate";

    public string Summary => "Apply the pending migrations and the reference data (roles, skill taxonomy); no demo data.";

    public IReadOnlyList<CommandOption> Options { get; } = [];

    public async Task<int> RunAsync(CommandInvocation invocation, CancellationToken cancellationToken)
    {
        var stopwatch = Stopwatch.StartNew();
        await PrepareDatabaseAsync(invocation, cancellationToken);
        invocation.Console.Out.WriteLine($"Done in {stopwatch.Elapsed.TotalSeconds:0.0} s.");
        return ExitCodes.Success;
    }

    /// <summary>Migrations and reference data, each step reported on the output; shared with the commands that need a ready database.</summary>
    internal static async Task PrepareDatabaseAsync(CommandInvocation invocation, CancellationToken cancellationToken)
    {
        var output = invocation.Console.Out;
        var db = invocation.Services.GetRequiredService<TescForceDbContext>();
        var initializer = invocation.Services.GetRequiredService<DatabaseInitializer>();
        var provider = invocation.Services.GetRequiredService<IOptions<DatabaseOptions>>().Value.Provider;
        output.WriteLine($"Database: {Describe(provider, db)}");

        var applied = await initializer.MigrateAsync(cancellationToken);
        output.WriteLine(applied.Count == 0
            ? $"Migrations: already up to date ({(await db.Database.GetAppliedMigrationsAsync(cancellationToken)).Count()} applied)."
            : $"Migrations: applied {applied.Count}: {string.Join(", ", applied)}.");

        var reference = await initializer.ApplyReferenceDataAsync(cancellationToken);
        output.WriteLine(reference.RolesCreated.Count == 0
            ? "Roles: already present."
            : $"Roles: created {string.Join(", ", reference.RolesCreated)}.");
        var taxonomy = reference.Taxonomy;
        output.WriteLine(taxonomy.Skipped
            ? "Skill taxonomy: already up to date."
            : $"Skill taxonomy: imported ({taxonomy.Added} skills added, {taxonomy.Updated} updated, {taxonomy.LinksChanged} links changed).");
    }

    /// <summary>Provider, server and database, never the connection string (it may hold a password).</summary>
    private static string Describe(DatabaseProvider provider, TescForceDbContext db)
    {
        var connection = db.Database.GetDbConnection();
        return provider == DatabaseProvider.Sqlite
            ? $"{provider}, {connection.DataSource}"
            : $"{provider}, database '{connection.Database}' on {connection.DataSource}";
    }
}
