namespace TescForce.Domain.Audit;

/// <summary>The kinds of object the audit log follows (<see cref="AuditEntry.ObjectType"/>).</summary>
public static class AuditObjectTypes
{
    public const string Company = "Company";
    public const string Client = "Client";
    public const string Consultant = "Consultant";
    public const string Mission = "Mission";
    public const string Skill = "Skill";
    public const string Introduction = "Introduction";
    public const string PersonalDataRequest = "PersonalDataRequest";

    public static IReadOnlyList<string> All { get; } = [Company, Client, Consultant, Mission, Skill, Introduction, PersonalDataRequest];
}
