using System.Diagnostics;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TescForce.Application.Common;
using TescForce.Application.Matching;
using TescForce.Domain.Consultants;
using TescForce.Domain.Identity;
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
        var options = new Dictionary<string, Action<string>> { ["--missions"] = value => missions = int.Parse(value, CultureInfo.InvariantCulture) };
        if (!DemoDatabase.TryParseArguments(args, ref consultants, out var file, options))
        {
            return 2;
        }

        await using var demo = await DemoDatabase.OpenAsync(file, consultants);
        var services = demo.Services;
        var host = services.GetRequiredService<MatchIndexHost>();
        var clock = Stopwatch.StartNew();
        var index = await host.GetAsync();
        Console.WriteLine(DemoDatabase.Line($"index-load consultants={index.Count} ms={clock.Elapsed.TotalMilliseconds:0}"));

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

        Console.WriteLine(DemoDatabase.Line($"demo-match consultants={index.Count} missions={criteria.Count} average_listed={listed / (double)criteria.Count:0} engine_p50_ms={DemoDatabase.Percentile(engine, 50):0.00} engine_p95_ms={DemoDatabase.Percentile(engine, 95):0.00} service_p50_ms={DemoDatabase.Percentile(service, 50):0.00} service_p95_ms={DemoDatabase.Percentile(service, 95):0.00}"));
        return 0;
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
}
