namespace TescForce.Application.Common;

public static class AppClaimTypes
{
    /// <summary>The id of the member company a user belongs to.</summary>
    public const string CompanyId = "tescforce:company";
}
