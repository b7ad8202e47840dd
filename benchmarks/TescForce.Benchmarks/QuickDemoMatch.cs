using System.Diagnostics;
using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using TescForce.Application;
using TescForce.Application.Common;
using TescForce.Application.Matching;
using TescForce.Domain.Consultants;
using TescForce.Domain.Identity;
using TescForce.Infrastructure;
using TescForce.Infrastructure.Data;
using TescForce.Matching.Queries;

namespace TescForce.Benchmarks;

/// <summary>
/// <c>quick-demo-match [--consultants N] [--missions M] [--database file.db]</c>: the matching service as the
/// application runs it, on the demo data in SQLite (a temporary database seeded like <c>dotnet run</c>
/// does, or an existing one): the index load, then each mission's first page through
/// <see cref="MatchingService"/> (validation, ranking, explanations, the cards read from the database,
/// the labels) and through the engine alone.
/// </summary>
public static class QuickDemoMatch
{
    public static int Run(string[] args) => RunAsync(args).GetAwaiter().GetResult();

    private static async Task<int> RunAsync(string[] args)
    {
        int consultants = 10_000, missions = 300;
        string? file = null;
        for (var i = 0; i < args.Length; i++)
        {
            string Next() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{args[i]} needs a value.");
            switch (args[i])
            {
                case "--consultants":
                    consultants = int.Parse(Next(), CultureInfo.InvariantCulture);
                    break;
                case "--missions":
                    missions = int.Parse(Next(), CultureInfo.InvariantCulture);
                    break;
                case "--database":
                    file = Next();
                    break;
                default:
                    Console.Error.WriteLine($"Unknown option {args[i]}");
                    return 2;
            }
        }

        var temporary = file is null;
        file ??= Path.Combine(Path.GetTempPath(), $"tescforce-demo-match-{Guid.NewGuid():N}.db");
        var connection = new SqliteConnectionStringBuilder { DataSource = file }.ToString();
        var services = Services(connection, consultants);
        try
        {
            var clock = Stopwatch.StartNew();
            await using (var scope = services.CreateAsyncScope())
            {
                await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().InitialiseAsync();
            }

            Console.WriteLine(Line($"seed seconds={clock.Elapsed.TotalSeconds:0.0}"));
            var host = services.GetRequiredService<MatchIndexHost>();
            clock.Restart();
            var index = await host.GetAsync();
            Console.WriteLine(Line($"index-load consultants={index.Count} ms={clock.Elapsed.TotalMilliseconds:0}"));

            var criteria = await MissionsAsync(services, missions);
            var curator = ActingUser.Create("benchmark", [Roles.Curator]);
            var page = new PageRequest(1, 20);
            var service = new List<double>();
            var engine = new List<double>();
            var listed = 0L;
            await using (var scope = services.CreateAsyncScope())
            {
                var matching = scope.ServiceProvider.GetRequiredService<MatchingService>();
                foreach (var mission in criteria.Take(20))
                {
                    await matching.RankAsync(curator, mission, MatchRelaxation.None, page, "en"); // warm-up
                }

                foreach (var mission in criteria)
                {
                    clock.Restart();
                    var result = await matching.RankAsync(curator, mission, MatchRelaxation.None, page, "en");
                    service.Add(clock.Elapsed.TotalMilliseconds);
                    listed += result.Total;

                    var query = MatchingService.ToQuery(mission, MatchRelaxation.None, DateTime.UtcNow) with { Take = 20 };
                    clock.Restart();
                    index.Rank(query);
                    engine.Add(clock.Elapsed.TotalMilliseconds);
                }
            }

            Console.WriteLine(Line($"demo-match consultants={index.Count} missions={criteria.Count} average_listed={listed / (double)criteria.Count:0} engine_p50_ms={Percentile(engine, 50):0.00} engine_p95_ms={Percentile(engine, 95):0.00} service_p50_ms={Percentile(service, 50):0.00} service_p95_ms={Percentile(service, 95):0.00}"));
            return 0;
        }
        finally
        {
            await services.DisposeAsync();
            if (temporary)
            {
                SqliteConnection.ClearAllPools();
                File.Delete(file);
            }
        }
    }

    private static string Line(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    private static double Percentile(List<double> values, int percentile)
    {
        var sorted = values.Order().ToList();
        return sorted[Math.Clamp((int)Math.Ceiling(percentile / 100.0 * sorted.Count) - 1, 0, sorted.Count - 1)];
    }

    private static ServiceProvider Services(string connection, int consultants)
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
        var environment = new BenchmarkEnvironment();
        services.AddSingleton<IHostEnvironment>(environment);
        services.AddInfrastructure(configuration, environment);
        services.AddTescForceIdentity();
        services.AddApplication();
        return services.BuildServiceProvider();
    }

    /// <summary>Missions of six skills drawn from the skills the demo profiles use most, as clients would ask.</summary>
    private static async Task<List<MissionCriteria>> MissionsAsync(IServiceProvider services, int count)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TescForceDbContext>();
        var popular = await db.ConsultantSkills.GroupBy(s => s.SkillTagId).OrderByDescending(g => g.Count()).Take(80).Select(g => g.Key).ToListAsync();
        var random = new Random(4);
        string[] zones = ["Europe/Paris", "America/New_York", "Europe/Berlin", "America/Montreal"];
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        return [.. Enumerable.Range(0, count).Select(i =>
        {
            var skills = popular.OrderBy(_ => random.Next()).Take(6).ToList();
            return new MissionCriteria
            {
                Skills =
                [
                    new RequiredSkillInput(skills[0], SkillImportance.MustHave, 3), new RequiredSkillInput(skills[1], SkillImportance.MustHave, 2),
                    new RequiredSkillInput(skills[2], SkillImportance.Important, 3), new RequiredSkillInput(skills[3], SkillImportance.Important),
                    new RequiredSkillInput(skills[4], SkillImportance.NiceToHave), new RequiredSkillInput(skills[5], SkillImportance.NiceToHave),
                ],
                Languages = [new RequiredLanguageInput("en", CefrLevel.B2)],
                Start = today.AddDays(random.Next(7, 30)),
                WorkloadPercent = random.Next(5, 11) * 10,
                MaxDailyRateEur = random.Next(6, 11) * 100,
                ClientTimeZone = zones[i % zones.Length],
                OverlapHours = random.Next(0, 4),
            };
        })];
    }

    private sealed class BenchmarkEnvironment : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = Environments.Development;

        public string ApplicationName { get; set; } = "TescForce.Benchmarks";

        public string ContentRootPath { get; set; } = AppContext.BaseDirectory;

        public IFileProvider ContentRootFileProvider { get; set; } = new NullFileProvider();
    }
}
