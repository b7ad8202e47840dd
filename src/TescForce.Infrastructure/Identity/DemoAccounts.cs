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
}

public sealed record DemoAccount(string Email, string Password, string DisplayName, string Role);
