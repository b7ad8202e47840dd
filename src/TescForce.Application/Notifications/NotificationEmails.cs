using System.Globalization;
using TescForce.Application.Common.Email;
using TescForce.Domain.Notifications;

namespace TescForce.Application.Notifications;

/// <summary>
/// The e-mail of each notice, in English and French. The recipient's language is their preferred culture
/// ("fr…" → French, anything else → English), never the language of whoever caused the event.
/// Placeholders: {0} the mission's title, {1} the consultant's reference, {2} the reason, {3} the link.
/// </summary>
public static class NotificationEmails
{
    private const string SignatureEn = "\n\n— TescForce, the skills platform of Digital 113";
    private const string SignatureFr = "\n\n— TescForce, la plateforme de compétences de Digital 113";

    private static readonly Dictionary<NotificationKind, (string Subject, string Body)> English = new()
    {
        [NotificationKind.MissionApproved] = ("Your mission “{0}” is open",
            "A curator of Digital 113 approved your mission “{0}”. It is open: member companies whose consultants match it can see it, and you can ask for introductions.\n\nSee the mission: {3}"),
        [NotificationKind.MissionRejected] = ("Your mission “{0}” needs changes",
            "A curator of Digital 113 did not approve your mission “{0}”.\n\nReason: {2}\n\nEdit it and submit it again: {3}"),
        [NotificationKind.IntroductionRequested] = ("Introduction request for {1}",
            "A client asks to meet your consultant {1} for the mission “{0}”. Accept to share the consultant's name and your contact, or decline with a reason.\n\nAnswer in your inbox: {3}"),
        [NotificationKind.IntroductionAccepted] = ("Introduction accepted: {1}",
            "The company accepted your introduction request for {1} (mission “{0}”). The consultant's name and your contact person are now on your introductions page.\n\nSee it: {3}"),
        [NotificationKind.IntroductionDeclined] = ("Introduction declined: {1}",
            "The company declined your introduction request for {1} (mission “{0}”).\n\nReason: {2}\n\nYour introductions: {3}"),
        [NotificationKind.IntroductionExpiring] = ("Reminder: the request for {1} expires tomorrow",
            "A client's introduction request for your consultant {1} (mission “{0}”) is still unanswered and expires in less than a day.\n\nAnswer in your inbox: {3}"),
        [NotificationKind.IntroductionExpired] = ("Introduction request expired: {1}",
            "Your introduction request for {1} (mission “{0}”) was not answered in time and has expired. You may ask again or choose another consultant.\n\nYour introductions: {3}"),
    };

    private static readonly Dictionary<NotificationKind, (string Subject, string Body)> French = new()
    {
        [NotificationKind.MissionApproved] = ("Votre mission « {0} » est ouverte",
            "Un curateur de Digital 113 a validé votre mission « {0} ». Elle est ouverte : les entreprises membres dont les consultants y correspondent la voient, et vous pouvez demander des mises en relation.\n\nVoir la mission : {3}"),
        [NotificationKind.MissionRejected] = ("Votre mission « {0} » est à modifier",
            "Un curateur de Digital 113 n'a pas validé votre mission « {0} ».\n\nMotif : {2}\n\nModifiez-la et soumettez-la de nouveau : {3}"),
        [NotificationKind.IntroductionRequested] = ("Demande de mise en relation pour {1}",
            "Un client souhaite rencontrer votre consultant·e {1} pour la mission « {0} ». Acceptez pour partager son nom et votre contact, ou déclinez en donnant un motif.\n\nRépondre dans votre boîte de réception : {3}"),
        [NotificationKind.IntroductionAccepted] = ("Mise en relation acceptée : {1}",
            "L'entreprise a accepté votre demande de mise en relation pour {1} (mission « {0} »). Le nom du consultant et votre interlocuteur figurent maintenant sur votre page des mises en relation.\n\nLa voir : {3}"),
        [NotificationKind.IntroductionDeclined] = ("Mise en relation déclinée : {1}",
            "L'entreprise a décliné votre demande de mise en relation pour {1} (mission « {0} »).\n\nMotif : {2}\n\nVos mises en relation : {3}"),
        [NotificationKind.IntroductionExpiring] = ("Rappel : la demande pour {1} expire demain",
            "La demande de mise en relation d'un client pour votre consultant·e {1} (mission « {0} ») attend toujours une réponse et expire dans moins d'un jour.\n\nRépondre dans votre boîte de réception : {3}"),
        [NotificationKind.IntroductionExpired] = ("Demande de mise en relation expirée : {1}",
            "Votre demande de mise en relation pour {1} (mission « {0} ») n'a pas reçu de réponse à temps et a expiré. Vous pouvez la renouveler ou choisir un autre consultant.\n\nVos mises en relation : {3}"),
    };

    /// <summary>True for "fr", "fr-FR", "fr-CA"…: the only other language the platform speaks.</summary>
    public static bool IsFrench(string? culture) => culture?.StartsWith("fr", StringComparison.OrdinalIgnoreCase) == true;

    /// <param name="link">The absolute link to the notice's page.</param>
    public static EmailMessage Compose(Notice notice, string to, string? culture, string link)
    {
        ArgumentNullException.ThrowIfNull(notice);
        var french = IsFrench(culture);
        return Render(to, french, (french ? French : English)[notice.Kind], [notice.Subject, notice.Reference ?? "", notice.Detail ?? "", link]);
    }

    /// <summary>The dates and numbers of a language's e-mails.</summary>
    public static CultureInfo FormatOf(bool french) => CultureInfo.GetCultureInfo(french ? "fr-FR" : "en-GB");

    /// <summary>Fills a subject and body template in the recipient's language and signs it; shared by the platform's e-mails.</summary>
    public static EmailMessage Render(string to, bool french, (string Subject, string Body) template, object[] values)
    {
        var format = FormatOf(french);
        return new EmailMessage(to,
            string.Format(format, template.Subject, values),
            string.Format(format, template.Body, values) + (french ? SignatureFr : SignatureEn));
    }
}
