using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using TescForce.Domain.Clients;
using TescForce.Domain.Consultants;
using TescForce.Domain.Identity;
using TescForce.Domain.Missions;
using TescForce.Infrastructure.Data;
using TescForce.Infrastructure.Identity;

namespace TescForce.Benchmarks.Load;

/// <summary>
/// <c>load-setup [--provider postgresql|sqlite] --connection CS [--missions N] [--email E --password P]</c>: adds to a
/// seeded database what the match API needs and the demo data does not have outside Development: a verified client
/// organisation and N open missions built from the skills the profiles hold most (so that every mission lists
/// consultants), and with <c>--email</c> a member of it who signs in with <c>--password</c> (for the circuit load; the
/// roles must exist: start the app once first). Prints <c>load-setup client=ID missions=N mission=FIRST-ID</c>; the
/// client's key is then made by the web host's <c>create-api-key</c>, as an operator would.
/// </summary>
public static class LoadSetup
{
    private const string Actor = "load-setup";

    public static int Run(string[] args) => RunAsync(args).GetAwaiter().GetResult();

    private static async Task<int> RunAsync(string[] args)
    {
        var arguments = LoadArguments.Parse("load-setup", args, "--provider", "--connection", "--missions", "--email", "--password");
        if (arguments is null)
        {
            return 2;
        }

        var provider = Enum.Parse<DatabaseProvider>(arguments.Text("--provider") ?? "postgresql", ignoreCase: true);
        var connection = arguments.Text("--connection") ?? Environment.GetEnvironmentVariable("TESCFORCE_LOAD_DATABASE");
        if (string.IsNullOrWhiteSpace(connection))
        {
            Console.Error.WriteLine("load-setup: --connection (or TESCFORCE_LOAD_DATABASE) names the seeded database.");
            return 2;
        }

        var count = arguments.Number("--missions", 8);
        await using var db = new TescForceDbContext(DesignTimeDbContextOptions.Create(provider, connection));
        var popular = await db.ConsultantSkills.AsNoTracking()
            .Where(s => db.Consultants.Any(c => c.Id == s.ConsultantId && c.Status == ConsultantStatus.Published))
            .GroupBy(s => s.SkillTagId).OrderByDescending(g => g.Count()).Take(40).Select(g => g.Key).ToListAsync();
        if (popular.Count < 8)
        {
            Console.Error.WriteLine($"load-setup: the database holds {popular.Count} skills on published profiles; seed it first (seed-demo).");
            return 1;
        }

        var now = DateTime.UtcNow;
        var client = new ClientOrganisation
        {
            Name = "Load test client", CountryCode = "DE", TimeZone = "Europe/Berlin", CreatedAt = now,
        };
        client.Verify(Actor, now);
        db.ClientOrganisations.Add(client);
        var missions = Enumerable.Range(0, count).Select(i => Mission(client.Id, i, popular, now)).ToList();
        db.Missions.AddRange(missions);
        if (arguments.Text("--email") is { } email)
        {
            var role = await db.Roles.SingleOrDefaultAsync(r => r.Name == Roles.ClientMember);
            if (role is null)
            {
                Console.Error.WriteLine("load-setup: the database has no roles yet; start the app once (or run its migrate command) first.");
                return 1;
            }

            var user = Member(email, client.Id, now);
            user.PasswordHash = new PasswordHasher<ApplicationUser>().HashPassword(user, arguments.Text("--password") ?? "");
            db.Users.Add(user);
            db.UserRoles.Add(new IdentityUserRole<string> { UserId = user.Id, RoleId = role.Id });
        }

        await db.SaveChangesAsync();
        if (provider == DatabaseProvider.PostgreSql)
        {
            NpgsqlConnection.ClearAllPools();
        }

        Console.WriteLine($"load-setup client={client.Id} missions={count} mission={missions.FirstOrDefault()?.Id}");
        return 0;
    }

    /// <summary>A confirmed member of the client, as an accepted invitation makes one (what UserManager would write).</summary>
    private static ApplicationUser Member(string email, Guid clientId, DateTime now) => new()
    {
        UserName = email, NormalizedUserName = email.ToUpperInvariant(), Email = email, NormalizedEmail = email.ToUpperInvariant(),
        EmailConfirmed = true, LockoutEnabled = true, SecurityStamp = Guid.NewGuid().ToString("N"), DisplayName = "Load test user",
        CreatedAt = now, ClientOrganisationId = clientId,
    };

    /// <summary>
    /// Mission <paramref name="i"/>: one must-have among the dozen most held skills (so that it lists hundreds or
    /// thousands of the profiles, the ranking's costly case), then one important and two nice-to-have further down.
    /// </summary>
    private static Mission Mission(Guid clientId, int i, List<int> popular, DateTime now)
    {
        string[] zones = ["Europe/Berlin", "America/New_York", "Europe/London", "America/Montreal"];
        var mission = new Mission
        {
            ClientId = clientId, CreatedByUserId = Actor, Title = $"Load test mission {i + 1}",
            Description = "A mission made by the load harness (benchmarks/TescForce.Benchmarks/Load).",
            StartDate = DateOnly.FromDateTime(now).AddDays(14 + i), DurationWeeks = 24, WorkloadPercent = 80 + (i % 3 * 10),
            MaxDailyRateEur = 700 + (i % 4 * 100), TimeZone = zones[i % zones.Length], OverlapHours = i % 4,
            CreatedAt = now, UpdatedAt = now,
        };
        (int Skill, SkillImportance Importance, int MinLevel)[] skills =
        [
            (popular[i % 12], SkillImportance.MustHave, 3),
            (popular[12 + (i * 7 % 12)], SkillImportance.Important, 3),
            (popular[24 + (i * 5 % 8)], SkillImportance.NiceToHave, 2),
            (popular[32 + (i * 3 % 8)], SkillImportance.NiceToHave, 1),
        ];
        mission.Skills = [.. skills.DistinctBy(s => s.Skill).Select(s => new MissionSkill
        {
            MissionId = mission.Id, SkillTagId = s.Skill, Importance = s.Importance, MinLevel = s.MinLevel,
        })];
        mission.Languages = [new MissionLanguage { MissionId = mission.Id, Code = "en", MinLevel = CefrLevel.B2 }];
        mission.Submit(clientVerified: true, [], now);
        mission.Approve(Actor, now);
        return mission;
    }
}
