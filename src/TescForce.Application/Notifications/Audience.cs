namespace TescForce.Application.Notifications;

/// <summary>Who is told: every member of one client organisation or of one member company.</summary>
public sealed record Audience
{
    private Audience(Guid? clientId, Guid? companyId)
    {
        ClientId = clientId;
        CompanyId = companyId;
    }

    public Guid? ClientId { get; }

    public Guid? CompanyId { get; }

    public static Audience ClientMembers(Guid clientId) => new(clientId, null);

    public static Audience CompanyMembers(Guid companyId) => new(null, companyId);
}
