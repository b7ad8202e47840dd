namespace TescForce.Infrastructure.Email;

/// <summary>The <c>Email</c> configuration section.</summary>
public sealed class EmailOptions
{
    public const string SectionName = "Email";

    public string From { get; set; } = "TescForce <no-reply@tescforce.test>";

    /// <summary>Where messages are written; relative paths are under the content root.</summary>
    public string PickupDirectory { get; set; } = "App_Data/mail";
}
