namespace TescForce.Domain.Notifications;

/// <summary>
/// Something a user should know, shown in the app's notification centre. Only the kind and its parameters
/// are stored, so each reader sees the text in their own language, whoever caused it.
/// </summary>
public sealed class Notification
{
    public const int MaxSubjectLength = 300;
    public const int MaxDetailLength = 2000;
    public const int MaxLinkLength = 300;

    public Guid Id { get; set; } = Guid.NewGuid();

    public required string UserId { get; set; }

    public NotificationKind Kind { get; set; }

    /// <summary>What it is about: the mission's title.</summary>
    public required string Subject { get; set; }

    /// <summary>The consultant's public reference, for introductions.</summary>
    public string? Reference { get; set; }

    /// <summary>The reason given, for a refusal or a decline.</summary>
    public string? Detail { get; set; }

    /// <summary>The page to open, relative to the site's base address.</summary>
    public required string Link { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime? ReadAt { get; set; }

    public bool IsRead => ReadAt is not null;

    public void MarkRead(DateTime now) => ReadAt ??= now;
}
