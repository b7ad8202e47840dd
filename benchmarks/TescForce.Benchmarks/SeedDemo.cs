using System.Diagnostics;
using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;
using TescForce.Infrastructure.Data;
using TescForce.Infrastructure.DemoData;
using TescForce.Infrastructure.Skills;

namespace TescForce.Benchmarks;

/// <summary>
/// <c>seed-demo [--provider sqlite|postgresql] [--connection CS] [--database NAME] [--companies N] [--consultants N] [--seed N] [--keep]</c>:
/// times the demo data generator on a fresh database (a temporary SQLite file, or a new PostgreSQL
/// database, named <c>--database</c> or at random, on the server of <c>--connection</c> or TESCFORCE_TEST_POSTGRES), after the
/// migrations and the taxonomy import, and prints the figures. The database is dropped at the end unless <c>--keep</c>.
/// </summary>
public static class SeedDemo
{
    public static int Run(string[] args) => RunAsync(args).GetAwaiter().GetResult();

    private static async Task<int> RunAsync(string[] args)
    {
        var options = new DemoDataOptions();
        var provider = DatabaseProvider.Sqlite;
        string? connection = null;
        string? database = null;
        var keep = false;
        for (var i = 0; i < args.Length; i++)
        {
            string Next() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{args[i]} needs a value.");
            switch (args[i])
            {
                case "--provider":
                    provider = Enum.Parse<DatabaseProvider>(Next(), ignoreCase: true);
                    break;
                case "--connection":
                    connection = Next();
                    break;
                case "--database":
                    database = Next();
                    break;
                case "--companies":
                    options.Companies = int.Parse(Next(), CultureInfo.InvariantCulture);
                    break;
                case "--consultants":
                    options.Consultants = int.Parse(Next(), CultureInfo.InvariantCulture);
                    break;
                case "--seed":
                    options.Seed = int.Parse(Next(), CultureInfo.InvariantCulture);
                    break;
                case "--keep":
                    keep = true;
                    break;
                default:
                    Console.Error.WriteLine($"Unknown option {args[i]}");
                    return 2;
            }
        }

        var connectionString = provider == DatabaseProvider.Sqlite
            ? connection ?? new SqliteConnectionStringBuilder { DataSource = Path.Combine(Path.GetTempPath(), $"tescforce-seed-{Guid.NewGuid():N}.db") }.ToString()
            : new NpgsqlConnectionStringBuilder(connection ?? Environment.GetEnvironmentVariable("TESCFORCE_TEST_POSTGRES")
                ?? throw new ArgumentException("PostgreSQL needs --connection or TESCFORCE_TEST_POSTGRES."))
            {
                Database = database ?? $"tescforce_seed_{Guid.NewGuid():N}",
            }.ToString();

        Console.WriteLine($"seed-demo on {provider}: {options.Companies} companies, {options.Consultants} consultants, seed {options.Seed}");
        var clock = Stopwatch.StartNew();
        await using (var db = new TescForceDbContext(DesignTimeDbContextOptions.Create(provider, connectionString)))
        {
            await db.Database.MigrateAsync();
            Console.WriteLine($"  migrations        {clock.Elapsed.TotalSeconds,6:0.00} s");

            clock.Restart();
            await new TaxonomyImporter(db, TimeProvider.System, NullLogger<TaxonomyImporter>.Instance).ImportAsync(TaxonomySource.LoadEmbedded());
            Console.WriteLine($"  taxonomy import   {clock.Elapsed.TotalSeconds,6:0.00} s");
        }

        DemoDataResult result;
        using (var logging = LoggerFactory.Create(b => b.AddSimpleConsole(o => o.SingleLine = true)))
        await using (var db = new TescForceDbContext(DesignTimeDbContextOptions.Create(provider, connectionString)))
        {
            // The generator's own log line splits the time between generating and writing.
            result = await new DemoDataGenerator(db, TimeProvider.System, logging.CreateLogger<DemoDataGenerator>()).GenerateAsync(options);
        }

        Console.WriteLine($"  demo data         {result.Elapsed.TotalSeconds,6:0.00} s  ({result.Companies} companies, " +
            $"{result.Consultants} consultants, {result.ConsultantSkills} skill lines)");

        if (!keep)
        {
            await using var db = new TescForceDbContext(DesignTimeDbContextOptions.Create(provider, connectionString));
            await db.Database.EnsureDeletedAsync();
        }
        else
        {
            Console.WriteLine($"  kept: {connectionString}");
        }

        return 0;
    }
}
