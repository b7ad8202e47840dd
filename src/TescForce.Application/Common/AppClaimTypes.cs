namespace TescForce.Application.Common;

public static class AppClaimTypes
{
    /// <summary>The id of the member company a user belongs to.</summary>
    public const string CompanyId = "tescforce:company";

    /// <summary>The id of the client organisation a user belongs to.</summary>
    public const string ClientId = "tescforce:client";
}
