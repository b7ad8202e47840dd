using Microsoft.EntityFrameworkCore;
using TescForce.Application.Common.Persistence;
using TescForce.Domain.Introductions;
using TescForce.Domain.Missions;
using TescForce.Domain.Notifications;

namespace TescForce.Application.Notifications;

/// <summary>The notices of the demand side, each with its audience and the page it points to.</summary>
public static class Notices
{
    public const string CompanyInbox = "company/introductions";
    public const string ClientIntroductions = "client/introductions";

    public static string MissionPage(Guid missionId) => $"client/missions/{missionId}";

    public static Notice MissionApproved(Mission mission) =>
        new(NotificationKind.MissionApproved, Audience.ClientMembers(mission.ClientId), mission.Title, null, null, MissionPage(mission.Id));

    public static Notice MissionRejected(Mission mission) =>
        new(NotificationKind.MissionRejected, Audience.ClientMembers(mission.ClientId), mission.Title, null, mission.RejectionReason,
            MissionPage(mission.Id));

    /// <summary>
    /// The notice of what just happened to an introduction: requests and reminders go to the consultant's
    /// company, answers and expiry to the client.
    /// </summary>
    public static async Task<Notice> ForIntroductionAsync(IAppDb db, Introduction introduction, NotificationKind kind,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(introduction);
        var title = await db.Missions.Where(m => m.Id == introduction.MissionId).Select(m => m.Title).SingleAsync(cancellationToken);
        var reference = await db.Consultants.Where(c => c.Id == introduction.ConsultantId).Select(c => c.Reference).SingleAsync(cancellationToken);
        var toCompany = kind is NotificationKind.IntroductionRequested or NotificationKind.IntroductionExpiring;
        return new Notice(kind,
            toCompany ? Audience.CompanyMembers(introduction.CompanyId) : Audience.ClientMembers(introduction.ClientId),
            title, reference, kind == NotificationKind.IntroductionDeclined ? introduction.DeclineReason : null,
            toCompany ? CompanyInbox : ClientIntroductions);
    }
}
