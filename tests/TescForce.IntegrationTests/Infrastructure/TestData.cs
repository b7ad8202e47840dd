using Microsoft.EntityFrameworkCore;
using TescForce.Application.Common;
using TescForce.Application.Consultants;
using TescForce.Domain.Clients;
using TescForce.Domain.Companies;
using TescForce.Domain.Consultants;
using TescForce.Domain.Identity;
using TescForce.Infrastructure.Identity;

namespace TescForce.IntegrationTests.Infrastructure;

/// <summary>Builders for the supply side, so tests read like the feature.</summary>
public static class TestData
{
    private static int _sirenSeed = 10_000_000;

    public static async Task<(MemberCompany Company, ActingUser Member)> InsertCompanyAsync(
        TestDatabase database, string name, CompanyStatus status = CompanyStatus.Approved)
    {
        var company = new MemberCompany
        {
            Name = name, Siren = NextSiren(), City = "Toulouse", Status = status, CreatedAt = DateTime.UtcNow,
        };
        await using var db = database.CreateDbContext();
        db.MemberCompanies.Add(company);
        await db.SaveChangesAsync();
        return (company, ActingUser.Create($"member-of-{name}", [Roles.CompanyMember], company.Id));
    }

    public static async Task<(ClientOrganisation Client, ActingUser Member)> InsertClientAsync(
        TestDatabase database, string name, ClientStatus status = ClientStatus.Verified)
    {
        var client = new ClientOrganisation
        {
            Name = name, CountryCode = "DE", TimeZone = "Europe/Berlin", Status = status, CreatedAt = DateTime.UtcNow,
        };
        await using var db = database.CreateDbContext();
        db.ClientOrganisations.Add(client);
        await db.SaveChangesAsync();
        return (client, ActingUser.Create($"client-of-{name}", [Roles.ClientMember], clientId: client.Id));
    }

    public static ActingUser Curator { get; } = ActingUser.Create("curator", [Roles.Curator]);

    /// <summary>A signed-up user of a company or a client organisation, in a language ("fr", "en" or null), to be notified.</summary>
    public static async Task<ActingUser> InsertMemberAsync(TestDatabase database, string email, string? culture,
        Guid? companyId = null, Guid? clientId = null)
    {
        var user = new ApplicationUser
        {
            UserName = email, NormalizedUserName = email.ToUpperInvariant(), Email = email, NormalizedEmail = email.ToUpperInvariant(),
            EmailConfirmed = true, PreferredCulture = culture, MemberCompanyId = companyId, ClientOrganisationId = clientId,
            CreatedAt = DateTimeOffset.UtcNow, SecurityStamp = Guid.NewGuid().ToString("N"),
        };
        await using var db = database.CreateDbContext();
        db.Users.Add(user);
        await db.SaveChangesAsync();
        return ActingUser.Create(user.Id, [companyId is null ? Roles.ClientMember : Roles.CompanyMember], companyId, clientId);
    }

    public static async Task<int[]> SkillIdsAsync(TestDatabase database, params string[] codes)
    {
        await using var db = database.CreateDbContext();
        var ids = await db.SkillTags.Where(s => codes.Contains(s.Code)).ToDictionaryAsync(s => s.Code, s => s.Id);
        return codes.Select(c => ids.TryGetValue(c, out var id) ? id : throw new InvalidOperationException($"No skill {c}: was the taxonomy imported?")).ToArray();
    }

    /// <summary>Creates a profile and takes it through consent, submission and a curator's publication.</summary>
    public static async Task<Guid> PublishAsync(ConsultantService service, ActingUser member, ConsultantInput input)
    {
        var id = await service.CreateAsync(member, input);
        await service.RecordConsentAsync(member, id, DateOnly.FromDateTime(DateTime.UtcNow), "Signed consent form");
        await service.SubmitAsync(member, [id]);
        await service.PublishAsync(Curator, id);
        return id;
    }

    public static ConsultantInput Input(string fullName, params int[] skillIds) => new()
    {
        FullName = fullName,
        Email = fullName.Replace(' ', '.').ToLowerInvariant() + "@example.com",
        Headline = "Senior embedded software engineer",
        Summary = "Fifteen years of flight software.",
        SeniorityYears = 15,
        City = "Toulouse",
        DailyRateEur = 650,
        AvailableFrom = DateOnly.FromDateTime(DateTime.UtcNow),
        Sectors = ["aerospace"],
        Skills = skillIds.Select(id => new SkillInput { SkillTagId = id, Level = 4, Years = 5 }).ToList(),
        Languages = [new LanguageInput { Code = "fr", Level = CefrLevel.C2 }, new LanguageInput { Code = "en", Level = CefrLevel.C1 }],
    };

    /// <summary>9 digits with a valid Luhn check digit, different at each call.</summary>
    public static string NextSiren()
    {
        var body = Interlocked.Increment(ref _sirenSeed).ToString("D8", System.Globalization.CultureInfo.InvariantCulture);
        for (var check = 0; check <= 9; check++)
        {
            if (Siren.HasValidLuhnChecksum(body + check))
            {
                return body + check;
            }
        }

        throw new InvalidOperationException("unreachable: one check digit always fits");
    }
}
