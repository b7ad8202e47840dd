using TescForce.Domain.Clients;
using TescForce.Domain.Companies;
using TescForce.Domain.Consultants;
using TescForce.Domain.Identity;
using TescForce.Domain.Missions;

namespace TescForce.Infrastructure.Identity;

/// <summary>
/// One account per role, seeded only in the Development environment (see DatabaseInitializer).
/// They are written in the README; they must never exist anywhere else.
/// </summary>
public static class DemoAccounts
{
    public static DemoAccount Curator { get; } =
        new("curator@tescforce.test", "Curator-Demo-2026", "Camille Roux (Digital 113)", Roles.Curator);

    public static DemoAccount CompanyMember { get; } =
        new("company@tescforce.test", "Company-Demo-2026", "Julien Garcia (Aerosoft Conseil)", Roles.CompanyMember);

    public static DemoAccount ClientMember { get; } =
        new("client@tescforce.test", "Client-Demo-2026", "Emma Schneider (Nordlicht Robotics)", Roles.ClientMember);

    public static IReadOnlyList<DemoAccount> All { get; } = [Curator, CompanyMember, ClientMember];

    /// <summary>The approved member company of the demo company member.</summary>
    public const string CompanyName = "Aerosoft Conseil";

    public const string CompanySiren = "842135576";

    /// <summary>
    /// The demo company, approved. It is dated well before <paramref name="now"/> so that the demo
    /// consultants generated for it can have a history (created, published, confirmed) after it joined.
    /// </summary>
    public static MemberCompany CreateCompany(DateTime now)
    {
        var company = new MemberCompany
        {
            Name = CompanyName, Siren = CompanySiren, City = "Toulouse",
            Website = "https://aerosoft-conseil.example", CreatedAt = now.AddDays(-400),
            Description = "Embedded and critical software for aerospace and space: DO-178C, ECSS, model-based design.",
        };
        company.Approve("seed", now.AddDays(-398));
        return company;
    }

    /// <summary>The verified client organisation of the demo client member (a fixed id: seeding finds it again).</summary>
    public static readonly Guid ClientId = new("5e1d7c4a-0b7e-4d1f-9a60-2f1c0de2a113");

    public const string ClientName = "Nordlicht Robotics";

    /// <summary>The skills of the demo mission: ESCO URIs or supplement codes, with importance and minimum level.</summary>
    public static IReadOnlyList<(string Code, SkillImportance Importance, int MinLevel)> MissionSkills { get; } =
    [
        ("tescforce:embedded-linux", SkillImportance.MustHave, 4),
        ("http://data.europa.eu/esco/skill/b633eb55-8f1f-4ae6-ab4c-2022ffe2cb7f", SkillImportance.MustHave, 3), // C++
        ("http://data.europa.eu/esco/skill/ccd0a1d9-afda-43d9-b901-96344886e14d", SkillImportance.Important, 3), // Python
        ("tescforce:docker", SkillImportance.NiceToHave, 2),
    ];

    /// <summary>The demo client's example mission, submitted and waiting for a curator.</summary>
    public static Mission CreateMission(IReadOnlyDictionary<string, int> skillIds, DateTime now)
    {
        var mission = new Mission
        {
            ClientId = ClientId, CreatedByUserId = "seed", Title = "Embedded Linux engineer for our warehouse robots",
            Description = "Nordlicht Robotics builds autonomous warehouse robots in Berlin. We need an engineer to port our motion controller to a new ARM board (Yocto, C++17, real-time Linux), four days a week, remote, with three hours a day shared with our Berlin team.",
            StartDate = DateOnly.FromDateTime(now).AddDays(21), DurationWeeks = 24, WorkloadPercent = 80, MaxDailyRateEur = 750,
            TimeZone = "Europe/Berlin", OverlapHours = 3, Seniority = SeniorityLevel.Senior, Sector = "industry",
            Languages = [new MissionLanguage { Code = "en", MinLevel = CefrLevel.B2 }],
            CreatedAt = now, UpdatedAt = now,
        };
        mission.Skills = [.. MissionSkills.Select(s => new MissionSkill { MissionId = mission.Id, SkillTagId = skillIds[s.Code], Importance = s.Importance, MinLevel = s.MinLevel })];
        mission.Languages.ForEach(l => l.MissionId = mission.Id);
        mission.Submit(clientVerified: true, [], now);
        return mission;
    }

    public static ClientOrganisation CreateClient(DateTime now)
    {
        var client = new ClientOrganisation
        {
            Id = ClientId, Name = ClientName, CountryCode = "DE", TimeZone = "Europe/Berlin",
            Website = "https://nordlicht-robotics.example", ReferredBy = "Team France Export Allemagne", CreatedAt = now.AddDays(-30),
        };
        client.Verify("seed", now.AddDays(-29));
        return client;
    }
}

public sealed record DemoAccount(string Email, string Password, string DisplayName, string Role);
