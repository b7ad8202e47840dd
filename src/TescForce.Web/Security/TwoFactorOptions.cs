namespace TescForce.Web.Security;

/// <summary>Who must sign in with a second factor (<c>Security:TwoFactor</c>).</summary>
public sealed class TwoFactorOptions
{
    public const string SectionName = "Security:TwoFactor";

    /// <summary>
    /// Curators see every company's and client's data: until their account has an authenticator app, every page but the
    /// account pages sends them to set one up. Development turns it off so that the demo curator signs in with a password.
    /// </summary>
    public bool RequiredForCurators { get; set; } = true;
}
