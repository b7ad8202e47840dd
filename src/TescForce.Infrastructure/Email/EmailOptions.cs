namespace TescForce.Infrastructure.Email;

/// <summary>The <c>Email</c> configuration section.</summary>
public sealed class EmailOptions
{
    public const string SectionName = "Email";

    public string From { get; set; } = "TescForce <no-reply@tescforce.test>";

    /// <summary>Where messages are written while no SMTP server is configured; relative paths are under the content root.</summary>
    public string PickupDirectory { get; set; } = "App_Data/mail";

    public SmtpOptions Smtp { get; set; } = new();

    /// <summary>SMTP is used as soon as a host is set; until then the pickup folder keeps every message on the machine.</summary>
    public bool UsesSmtp => !string.IsNullOrWhiteSpace(Smtp.Host);
}
