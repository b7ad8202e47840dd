using System.Diagnostics;
using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using TescForce.Application;
using TescForce.Infrastructure;
using TescForce.Infrastructure.Data;

namespace TescForce.Benchmarks;

/// <summary>
/// The application's services over a SQLite database holding the demo data, seeded as <c>dotnet run</c>
/// does: a temporary file (deleted on dispose) or an existing one (<c>--database file.db</c>, kept).
/// </summary>
internal sealed class DemoDatabase : IAsyncDisposable
{
    private readonly string _file;
    private readonly bool _temporary;

    private DemoDatabase(string file, bool temporary, ServiceProvider services)
    {
        _file = file;
        _temporary = temporary;
        Services = services;
    }

    public ServiceProvider Services { get; }

    /// <summary>Opens (and seeds, the first time) the database; prints how long the seeding took.</summary>
    public static async Task<DemoDatabase> OpenAsync(string? file, int consultants)
    {
        var temporary = file is null;
        file ??= Path.Combine(Path.GetTempPath(), $"tescforce-demo-{Guid.NewGuid():N}.db");
        var demo = new DemoDatabase(file, temporary, Build(new SqliteConnectionStringBuilder { DataSource = file }.ToString(), consultants));
        var clock = Stopwatch.StartNew();
        await using (var scope = demo.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().InitialiseAsync();
        }

        Console.WriteLine(Line($"seed seconds={clock.Elapsed.TotalSeconds:0.0}"));
        return demo;
    }

    /// <summary>
    /// Reads <c>--consultants N</c>, <c>--database file.db</c> and the command's own options (each taking a
    /// value); false, after saying why, on an unknown option.
    /// </summary>
    public static bool TryParseArguments(string[] args, ref int consultants, out string? file, IReadOnlyDictionary<string, Action<string>>? options = null)
    {
        file = null;
        for (var i = 0; i < args.Length; i++)
        {
            if (i + 1 >= args.Length)
            {
                Console.Error.WriteLine($"{args[i]} needs a value.");
                return false;
            }

            var value = args[++i];
            if (args[i - 1] == "--consultants")
            {
                consultants = int.Parse(value, CultureInfo.InvariantCulture);
            }
            else if (args[i - 1] == "--database")
            {
                file = value;
            }
            else if (options is not null && options.TryGetValue(args[i - 1], out var option))
            {
                option(value);
            }
            else
            {
                Console.Error.WriteLine($"Unknown option {args[i - 1]}");
                return false;
            }
        }

        return true;
    }

    public static string Line(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    public static double Percentile(List<double> values, int percentile)
    {
        var sorted = values.Order().ToList();
        return sorted[Math.Clamp((int)Math.Ceiling(percentile / 100.0 * sorted.Count) - 1, 0, sorted.Count - 1)];
    }

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        if (_temporary)
        {
            SqliteConnection.ClearAllPools();
            File.Delete(_file);
        }
    }

    private static ServiceProvider Build(string connection, int consultants)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = "Sqlite",
            ["ConnectionStrings:TescForce"] = connection,
            ["DemoData:Consultants"] = consultants.ToString(CultureInfo.InvariantCulture),
            ["Matching:ReconcileInterval"] = "00:00:00",
        }).Build();
        var services = new ServiceCollection();
        services.AddLogging(b => b.AddSimpleConsole(o => o.SingleLine = true).SetMinimumLevel(LogLevel.Warning));
        services.AddDataProtection();
        // The matcher's instruments come from the meter factory the generic host registers; this container is built by hand.
        services.AddMetrics();
        var environment = new BenchmarkEnvironment();
        services.AddSingleton<IHostEnvironment>(environment);
        services.AddInfrastructure(configuration, environment);
        services.AddTescForceIdentity();
        services.AddApplication();
        return services.BuildServiceProvider();
    }

    private sealed class BenchmarkEnvironment : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = Environments.Development;

        public string ApplicationName { get; set; } = "TescForce.Benchmarks";

        public string ContentRootPath { get; set; } = AppContext.BaseDirectory;

        public IFileProvider ContentRootFileProvider { get; set; } = new NullFileProvider();
    }
}
