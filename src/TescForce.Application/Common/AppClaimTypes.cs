namespace TescForce.Application.Common;

public static class AppClaimTypes
{
    /// <summary>The id of the member company a user belongs to.</summary>
    public const string CompanyId = "tescforce:company";

    /// <summary>The id of the client organisation a user belongs to.</summary>
    public const string ClientId = "tescforce:client";

    /// <summary>Present when the account has two-factor sign-in turned on (curators must).</summary>
    public const string TwoFactor = "tescforce:2fa";
}
