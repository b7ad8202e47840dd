using System.Diagnostics;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TescForce.Application.Common;
using TescForce.Application.Common.Persistence;
using TescForce.Application.TalentPool;
using TescForce.Domain.Consultants;
using TescForce.Domain.Identity;
using TescForce.Infrastructure.Data;
using TescForce.Matching.Queries;

namespace TescForce.Benchmarks;

/// <summary>
/// <c>quick-talent [--consultants N] [--database file.db]</c>: the talent pool search with its facet
/// counts (<see cref="TalentPoolService.SearchAsync"/>, as the /talent page calls it) on the demo data in
/// SQLite: the first search (which reads the in-memory snapshot, as after any change to a profile), then
/// no filter, the popular skills, the broadest skills used (hundreds of narrower skills), and skills with
/// every other filter; prints the latency percentiles of one search.
/// </summary>
public static class QuickTalentSearch
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
        var client = ActingUser.Create("benchmark", [Roles.ClientMember], clientId: Guid.NewGuid());
        await using var scope = demo.Services.CreateAsyncScope();
        var pool = scope.ServiceProvider.GetRequiredService<TalentPoolService>();
        var clock = Stopwatch.StartNew();
        await pool.SearchAsync(client, new TalentSearchQuery());
        Console.WriteLine(DemoDatabase.Line($"talent-search first (reads the snapshot) ms={clock.Elapsed.TotalMilliseconds:0}"));
        foreach (var (_, query) in queries.Take(10))
        {
            await pool.SearchAsync(client, query); // warm-up
        }

        foreach (var group in queries.GroupBy(q => q.Kind))
        {
            var times = new List<double>();
            var found = 0L;
            foreach (var (_, query) in group)
            {
                clock.Restart();
                var result = await pool.SearchAsync(client, query);
                times.Add(clock.Elapsed.TotalMilliseconds);
                found += result.Cards.TotalCount;
            }

            Console.WriteLine(DemoDatabase.Line($"talent-search kind={group.Key} queries={times.Count} average_found={found / (double)times.Count:0} p50_ms={DemoDatabase.Percentile(times, 50):0.0} p95_ms={DemoDatabase.Percentile(times, 95):0.0} max_ms={times.Max():0.0}"));
        }

        // After a committed change the next search reads again the profile that changed, or everything for a company.
        var snapshot = demo.Services.GetRequiredService<TalentPoolSnapshot>();
        foreach (var (kind, change) in new[]
        {
            ("after-a-profile-change", new DataChangeSet(new HashSet<Guid> { Guid.NewGuid() }, new HashSet<Guid>(), false)),
            ("after-a-company-change", new DataChangeSet(new HashSet<Guid>(), new HashSet<Guid> { Guid.NewGuid() }, false)),
        })
        {
            var times = new List<double>();
            for (var round = 0; round < 5; round++)
            {
                await snapshot.OnCommittedAsync(change, CancellationToken.None);
                clock.Restart();
                await pool.SearchAsync(client, new TalentSearchQuery());
                times.Add(clock.Elapsed.TotalMilliseconds);
            }

            Console.WriteLine(DemoDatabase.Line($"talent-search kind={kind} queries=5 p50_ms={DemoDatabase.Percentile(times, 50):0.0} max_ms={times.Max():0.0}"));
        }

        return 0;
    }

    /// <summary>Searches as clients would make them, grouped by kind; each kind run a few times.</summary>
    private static async Task<List<(string Kind, TalentSearchQuery Query)>> QueriesAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TescForceDbContext>();
        var popular = await db.ConsultantSkills.GroupBy(s => s.SkillTagId).OrderByDescending(g => g.Count()).Take(30).Select(g => g.Key).ToListAsync();
        // The parents with the most children among the skills the profiles use: a search on them walks a large branch.
        var used = await db.ConsultantSkills.Select(s => s.SkillTagId).Distinct().ToListAsync();
        var broad = await db.SkillParentLinks.Where(l => used.Contains(l.ChildId)).GroupBy(l => l.ParentId)
            .OrderByDescending(g => g.Count()).Take(10).Select(g => g.Key).ToListAsync();
        var random = new Random(7);
        var queries = new List<(string, TalentSearchQuery)>();
        for (var round = 0; round < 5; round++)
        {
            queries.Add(("none", new TalentSearchQuery()));
        }

        queries.AddRange(popular.Select(id => ("skill", new TalentSearchQuery { SkillId = id })));
        queries.AddRange(broad.Select(id => ("broad-skill", new TalentSearchQuery { SkillId = id })));
        queries.AddRange(popular.Concat(broad).Select(id => ("all-filters", new TalentSearchQuery
        {
            SkillId = id, MinSkillLevel = random.Next(2, 5), Seniority = (SeniorityBand)random.Next(0, 4), AvailableWithinWeeks = random.Next(0, 13),
            LanguageCode = "en", MinLanguageLevel = CefrLevel.B2, Page = new PageRequest(random.Next(1, 3), 24),
        })));
        return queries;
    }
}
