using MailKit.Security;

namespace TescForce.Infrastructure.Email;

/// <summary>
/// The <c>Email:Smtp</c> section. The password never lives in a committed file: set it with the
/// environment variable <c>Email__Smtp__Password</c> (or a secret store).
/// </summary>
public sealed class SmtpOptions
{
    public string? Host { get; set; }

    public int Port { get; set; } = 587;

    /// <summary>
    /// How the connection is secured: <c>StartTls</c> (port 587, the default), <c>SslOnConnect</c> (465),
    /// <c>StartTlsWhenAvailable</c>, <c>None</c> (a relay on the same machine or a test server), or <c>Auto</c>.
    /// </summary>
    public SecureSocketOptions Security { get; set; } = SecureSocketOptions.StartTls;

    /// <summary>Null or empty: the server accepts mail without authentication (a local relay).</summary>
    public string? UserName { get; set; }

    public string? Password { get; set; }

    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);
}
