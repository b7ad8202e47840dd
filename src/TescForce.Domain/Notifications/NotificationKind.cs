namespace TescForce.Domain.Notifications;

/// <summary>What happened; the text is rendered from the kind in the reader's language, never stored.</summary>
public enum NotificationKind
{
    MissionApproved = 1,
    MissionRejected = 2,
    IntroductionRequested = 3,
    IntroductionAccepted = 4,
    IntroductionDeclined = 5,
    IntroductionExpiring = 6,
    IntroductionExpired = 7,
    ConsultantRetentionNotice = 8,
}
