namespace TescForce.Domain.Identity;

/// <summary>The three roles of the product brief. Role names are stored in the database: never rename one.</summary>
public static class Roles
{
    public const string Curator = "Curator";
    public const string CompanyMember = "CompanyMember";
    public const string ClientMember = "ClientMember";

    public static IReadOnlyList<string> All { get; } = [Curator, CompanyMember, ClientMember];
}
