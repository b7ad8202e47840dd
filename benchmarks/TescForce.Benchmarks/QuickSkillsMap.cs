using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TescForce.Application.Common;
using TescForce.Application.Common.Persistence;
using TescForce.Application.SkillsMap;
using TescForce.Application.TalentPool;
using TescForce.Domain.Consultants;
using TescForce.Domain.Identity;
using TescForce.Infrastructure.Data;

namespace TescForce.Benchmarks;

/// <summary>
/// <c>quick-skills-map [--consultants N] [--database file.db]</c>: the skills map (<see cref="SkillsMapService"/>, as the
/// /admin/skills-map and /skills-map pages call it) on the demo data in SQLite: the first map (which reads the
/// snapshot), then the curators' map without filters, drilled into the broadest families, with a skill, a language
/// level and a window, the public map, and the map after a profile change; prints the latency percentiles of one map.
/// </summary>
public static class QuickSkillsMap
{
    public static int Run(string[] args) => RunAsync(args).GetAwaiter().GetResult();

    private static async Task<int> RunAsync(string[] args)
    {
        var consultants = 10_000;
        if (!DemoDatabase.TryParseArguments(args, ref consultants, out var file))
        {
            return 2;
        }

        await using var demo = await DemoDatabase.OpenAsync(file, consultants);
        var queries = await QueriesAsync(demo.Services);
        var curator = ActingUser.Create("benchmark", [Roles.Curator]);
        await using var scope = demo.Services.CreateAsyncScope();
        var service = scope.ServiceProvider.GetRequiredService<SkillsMapService>();
        var clock = Stopwatch.StartNew();
        await service.CuratorMapAsync(curator, new SkillsMapQuery(), "en");
        Console.WriteLine(DemoDatabase.Line($"skills-map first (reads the snapshot) ms={clock.Elapsed.TotalMilliseconds:0}"));
        foreach (var (_, _, query) in queries.Take(10))
        {
            await service.CuratorMapAsync(curator, query, "en"); // warm-up
        }

        foreach (var group in queries.GroupBy(q => (q.Kind, q.Public)))
        {
            var times = new List<double>();
            foreach (var (_, isPublic, query) in group)
            {
                clock.Restart();
                _ = isPublic ? await service.PublicMapAsync(query, "en") : await service.CuratorMapAsync(curator, query, "en");
                times.Add(clock.Elapsed.TotalMilliseconds);
            }

            Console.WriteLine(DemoDatabase.Line($"skills-map kind={group.Key.Kind}{(group.Key.Public ? "-public" : "")} maps={times.Count} p50_ms={DemoDatabase.Percentile(times, 50):0.0} p95_ms={DemoDatabase.Percentile(times, 95):0.0} max_ms={times.Max():0.0}"));
        }

        var snapshot = demo.Services.GetRequiredService<TalentPoolSnapshot>();
        var afterChange = new List<double>();
        for (var round = 0; round < 5; round++)
        {
            await snapshot.OnCommittedAsync(new DataChangeSet(new HashSet<Guid> { Guid.NewGuid() }, new HashSet<Guid>(), false), CancellationToken.None);
            clock.Restart();
            await service.CuratorMapAsync(curator, new SkillsMapQuery(), "en");
            afterChange.Add(clock.Elapsed.TotalMilliseconds);
        }

        Console.WriteLine(DemoDatabase.Line($"skills-map kind=after-a-profile-change maps=5 p50_ms={DemoDatabase.Percentile(afterChange, 50):0.0} max_ms={afterChange.Max():0.0}"));
        return 0;
    }

    private static async Task<List<(string Kind, bool Public, SkillsMapQuery Query)>> QueriesAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TescForceDbContext>();
        var popular = await db.ConsultantSkills.GroupBy(s => s.SkillTagId).OrderByDescending(g => g.Count()).Take(20).Select(g => g.Key).ToListAsync();
        var used = await db.ConsultantSkills.Select(s => s.SkillTagId).Distinct().ToListAsync();
        var broad = await db.SkillParentLinks.Where(l => used.Contains(l.ChildId)).GroupBy(l => l.ParentId)
            .OrderByDescending(g => g.Count()).Take(10).Select(g => g.Key).ToListAsync();
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var queries = new List<(string, bool, SkillsMapQuery)>();
        for (var round = 0; round < 10; round++)
        {
            queries.Add(("none", false, new SkillsMapQuery()));
            queries.Add(("none", true, new SkillsMapQuery()));
        }

        queries.AddRange(broad.Select(id => ("broad-family", false, new SkillsMapQuery { SkillId = id })));
        queries.AddRange(popular.Select(id => ("skill-language-window", false, new SkillsMapQuery
        {
            SkillId = id, LanguageCode = "en", MinLanguageLevel = CefrLevel.C1, AvailableFrom = today.AddDays(30), AvailableTo = today.AddDays(60),
        })));
        queries.AddRange(popular.Select(id => ("skill", true, new SkillsMapQuery { SkillId = id })));
        return queries;
    }
}
