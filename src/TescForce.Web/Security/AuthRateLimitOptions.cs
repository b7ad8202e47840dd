namespace TescForce.Web.Security;

/// <summary>Sign-in and registration attempts allowed per client address (<c>Security:RateLimits</c>).</summary>
public sealed class AuthRateLimitOptions
{
    public const string SectionName = "Security:RateLimits";

    public AuthRateLimit Login { get; set; } = new() { Permits = 10, Window = TimeSpan.FromMinutes(1) };

    public AuthRateLimit Registration { get; set; } = new() { Permits = 5, Window = TimeSpan.FromHours(1) };
}

/// <summary><see cref="Permits"/> form submissions per <see cref="Window"/> (fixed window).</summary>
public sealed class AuthRateLimit
{
    public int Permits { get; set; }

    public TimeSpan Window { get; set; }
}
