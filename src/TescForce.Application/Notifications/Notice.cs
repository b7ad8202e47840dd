using TescForce.Domain.Notifications;

namespace TescForce.Application.Notifications;

/// <summary>
/// One event to tell an audience about; it becomes a notification per member and an e-mail in each one's language.
/// </summary>
/// <param name="Subject">The mission's title.</param>
/// <param name="Reference">The consultant's public reference, for introductions.</param>
/// <param name="Detail">The reason given, for a refusal or a decline.</param>
/// <param name="Link">The page to open, relative to the site (e.g. <c>client/introductions</c>).</param>
public sealed record Notice(NotificationKind Kind, Audience Audience, string Subject, string? Reference, string? Detail, string Link);
