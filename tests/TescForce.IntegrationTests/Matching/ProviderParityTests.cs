using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using TescForce.Application.Common;
using TescForce.Application.Matching;
using TescForce.Domain.Companies;
using TescForce.Domain.Consultants;
using TescForce.Domain.Identity;
using TescForce.Infrastructure.Data;
using TescForce.IntegrationTests.Infrastructure;
using TescForce.Matching.Queries;

namespace TescForce.IntegrationTests.Matching;

/// <summary>The same profiles stored in SQLite and in PostgreSQL give the same ranked, explained lists.</summary>
public sealed class ProviderParityTests(DatabaseFixture fixture) : IntegrationTest(fixture)
{
    private static readonly string[] SkillCodes =
    [
        "http://data.europa.eu/esco/skill/ccd0a1d9-afda-43d9-b901-96344886e14d", // Python
        "http://data.europa.eu/esco/skill/19a8293b-8e95-4de3-983f-77484079c389", // Java
        "http://data.europa.eu/esco/skill/b633eb55-8f1f-4ae6-ab4c-2022ffe2cb7f", // C++
        "http://data.europa.eu/esco/skill/598de5b0-5b58-4ea7-8058-a4bc4d18c742", // SQL
        "tescforce:pytorch", "tescforce:deep-learning", "tescforce:docker", "tescforce:kubernetes", "tescforce:linux",
        "tescforce:embedded-linux", "tescforce:do-178c", "tescforce:avionics", "tescforce:scrum",
    ];

    private static readonly string[] TimeZones = ["Europe/Paris", "Europe/London", "America/Montreal", "Asia/Kolkata"];

    [Fact]
    public async Task Sqlite_and_PostgreSql_loaded_indexes_rank_and_explain_identically()
    {
        var now = DateTime.UtcNow;
        now = new DateTime(now.Ticks - (now.Ticks % TimeSpan.TicksPerSecond), DateTimeKind.Utc);
        var sqlite = await RankAllAsync(await Fixture.UseAsync(DatabaseProvider.Sqlite), now);
        var postgres = await RankAllAsync(await Fixture.UseAsync(DatabaseProvider.PostgreSql), now);

        sqlite.Count.ShouldBe(postgres.Count);
        sqlite.ShouldAllBe(page => page.Items.Count > 0);
        for (var i = 0; i < sqlite.Count; i++)
        {
            var (a, b) = (JsonSerializer.Serialize(sqlite[i]), JsonSerializer.Serialize(postgres[i]));
            a.ShouldBe(b, $"mission {i} differs from here: SQLite {Around(a, b)} / PostgreSQL {Around(b, a)}");
        }
    }

    private static string Around(string text, string other)
    {
        var at = Enumerable.Range(0, Math.Min(text.Length, other.Length)).FirstOrDefault(c => text[c] != other[c]);
        return text.Substring(Math.Max(0, at - 100), Math.Min(300, text.Length - Math.Max(0, at - 100)));
    }

    private static async Task<List<MatchPage>> RankAllAsync(TestDatabase database, DateTime now)
    {
        await using var app = new TescForceWebApplicationFactory(database, environment: "Production");
        await using var scope = app.Services.CreateAsyncScope(); // starts the host, which imports the taxonomy when missing
        var skills = await TestData.SkillIdsAsync(database, SkillCodes);
        await InsertPoolAsync(database, skills, now);
        await scope.ServiceProvider.GetRequiredService<MatchIndexHost>().ReloadAsync(); // written behind the application's back
        var matching = scope.ServiceProvider.GetRequiredService<MatchingService>();
        var client = ActingUser.Create("client", [Roles.ClientMember]);
        var pages = new List<MatchPage>();
        var random = new Random(7);
        for (var mission = 0; mission < 6; mission++)
        {
            var required = skills.OrderBy(_ => random.Next()).Take(4).ToList();
            var criteria = new MissionCriteria
            {
                Skills =
                [
                    new RequiredSkillInput(required[0], SkillImportance.MustHave, 3),
                    new RequiredSkillInput(required[1], SkillImportance.Important, 2),
                    new RequiredSkillInput(required[2], SkillImportance.NiceToHave),
                    new RequiredSkillInput(required[3], SkillImportance.NiceToHave, 4),
                ],
                Languages = [new RequiredLanguageInput("en", CefrLevel.B2)],
                Start = DateOnly.FromDateTime(now).AddDays(random.Next(0, 30)),
                MaxDailyRateEur = 700 + (random.Next(0, 4) * 100),
                WorkloadPercent = 60,
                ClientTimeZone = mission % 2 == 0 ? "America/New_York" : "Europe/Berlin",
                OverlapHours = mission % 3,
                Seniority = (SeniorityBand)(mission % 4),
            };
            var relaxation = mission == 5 ? new MatchRelaxation(ExtraGraceDays: 30, Ignored: MatchConstraint.MustHaveSkills) : MatchRelaxation.None;
            pages.Add(await matching.RankAsync(client, criteria, relaxation, new PageRequest(1, 50), "en"));
        }

        return pages;
    }

    /// <summary>120 profiles over four companies (one not approved), identical in both databases: ids and references included.</summary>
    private static async Task InsertPoolAsync(TestDatabase database, int[] skills, DateTime now)
    {
        var random = new Random(2026);
        var companies = Enumerable.Range(0, 4).Select(i => new MemberCompany
        {
            Id = new Guid(i + 1, 0, 0, new byte[8]), Name = $"Parity {i}", Siren = TestData.NextSiren(), City = "Toulouse", CreatedAt = now,
            Status = i == 3 ? CompanyStatus.Pending : CompanyStatus.Approved,
        }).ToList();
        var consultants = new List<Consultant>();
        for (var i = 0; i < 120; i++)
        {
            var id = new Guid(random.Next(), (short)i, 0, [.. Enumerable.Range(0, 8).Select(_ => (byte)random.Next(256))]);
            var consultant = new Consultant
            {
                Id = id, CompanyId = companies[i % 4].Id, Reference = $"TF-{i:D6}", FullName = $"Person {i}", Email = $"p{i}@example.com",
                Headline = "Engineer", City = "Toulouse", SeniorityYears = random.Next(0, 25), DailyRateEur = random.Next(40, 110) * 10,
                TimeZone = TimeZones[random.Next(TimeZones.Length)], WorkdayStart = new TimeOnly(8 + random.Next(0, 3), 0),
                AvailableFrom = DateOnly.FromDateTime(now).AddDays(random.Next(-10, 60)), CapacityPercent = random.Next(5, 11) * 10,
                AvailableUntil = random.Next(4) == 0 ? DateOnly.FromDateTime(now).AddDays(random.Next(60, 200)) : null,
                AvailabilityConfirmedAt = now.AddDays(-random.Next(0, 35)), Status = random.Next(10) == 0 ? ConsultantStatus.Draft : ConsultantStatus.Published,
                CreatedAt = now, UpdatedAt = now,
            };
            consultant.WorkdayEnd = consultant.WorkdayStart.AddHours(9);
            consultant.Skills = [.. skills.OrderBy(_ => random.Next()).Take(random.Next(2, 7))
                .Select(s => new ConsultantSkill { ConsultantId = id, SkillTagId = s, Level = random.Next(1, 6), Years = random.Next(0, 15) })];
            consultant.Languages = [new ConsultantLanguage { ConsultantId = id, Code = "en", Level = (CefrLevel)random.Next(3, 7) }];
            consultants.Add(consultant);
        }

        await using var db = database.CreateDbContext();
        db.MemberCompanies.AddRange(companies);
        db.Consultants.AddRange(consultants);
        await db.SaveChangesAsync();
    }
}
