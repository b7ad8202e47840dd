using TescForce.Domain.Clients;
using TescForce.Domain.Companies;
using TescForce.Domain.Identity;

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
