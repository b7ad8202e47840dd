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

    /// <summary>A user account, for the curators' actions on it (lock, unlock).</summary>
    public const string User = "User";

    /// <summary>An invitation to join an organisation, for the curators' actions on it (resend).</summary>
    public const string Invitation = "Invitation";

    /// <summary>An organisation's API key: its creation and revocation.</summary>
    public const string ApiKey = "ApiKey";

    public static IReadOnlyList<string> All { get; } = [Company, Client, Consultant, Mission, Skill, Introduction, PersonalDataRequest, User, Invitation, ApiKey];
}
