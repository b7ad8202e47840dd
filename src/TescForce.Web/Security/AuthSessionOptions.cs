namespace TescForce.Web.Security;

/// <summary>How long a sign-in lasts (<c>Security:Session</c>).</summary>
public sealed class AuthSessionOptions
{
    public const string SectionName = "Security:Session";

    /// <summary>A session unused for this long ends (sliding: each request renews it).</summary>
    public TimeSpan IdleTimeout { get; set; } = TimeSpan.FromMinutes(60);

    /// <summary>A session ends this long after the sign-in, however active it is.</summary>
    public TimeSpan AbsoluteLifetime { get; set; } = TimeSpan.FromHours(12);

    /// <summary>
    /// How often a cookie's security stamp is checked against the account (and an open page's sign-in revalidated):
    /// after a password change, other browsers are signed out within this time.
    /// </summary>
    public TimeSpan ValidationInterval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>
    /// Cookies only over HTTPS, with the <c>__Host-</c> prefix. Unset: everywhere but in Development (served over plain http).
    /// </summary>
    public bool? SecureCookies { get; set; }
}
