using TescForce.Domain.Notifications;

namespace TescForce.Application.Notifications;

/// <summary>A notification as its reader sees it; the text is rendered from <see cref="Kind"/> in the reader's language.</summary>
public sealed record NotificationItem(
    Guid Id, NotificationKind Kind, string Subject, string? Reference, string? Detail, string Link, DateTime CreatedAt, bool IsRead);
