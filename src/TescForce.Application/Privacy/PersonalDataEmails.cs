using TescForce.Application.Common.Email;
using TescForce.Application.Notifications;
using TescForce.Domain.Privacy;

namespace TescForce.Application.Privacy;

/// <summary>
/// The e-mails to the person who made a request, in the language of the form they filled in.
/// Placeholders: {0} their name, {1} what they asked for, {2} the date of the answer at the latest, {3} the curator's answer.
/// </summary>
public static class PersonalDataEmails
{
    private static readonly Dictionary<PersonalDataEmailKind, (string Subject, string Body)> English = new()
    {
        [PersonalDataEmailKind.Received] = ("We received your personal-data request",
            "Hello {0},\n\nWe received your request ({1}). A curator of Digital 113 will handle it and answer you by e-mail by {2} at the latest (one month, as the GDPR requires). We may ask you to confirm your identity.\n\nIf you did not send this request, ignore this message."),
        [PersonalDataEmailKind.Completed] = ("Your personal-data request is handled",
            "Hello {0},\n\nYour request ({1}) is handled.\n\n{3}"),
        [PersonalDataEmailKind.Refused] = ("Your personal-data request",
            "Hello {0},\n\nWe cannot act on your request ({1}).\n\n{3}\n\nYou may lodge a complaint with the CNIL (www.cnil.fr)."),
    };

    private static readonly Dictionary<PersonalDataEmailKind, (string Subject, string Body)> French = new()
    {
        [PersonalDataEmailKind.Received] = ("Nous avons reçu votre demande concernant vos données personnelles",
            "Bonjour {0},\n\nNous avons reçu votre demande ({1}). Un curateur de Digital 113 la traitera et vous répondra par e-mail au plus tard le {2} (un mois, comme l'exige le RGPD). Nous pourrons vous demander de confirmer votre identité.\n\nSi vous n'êtes pas à l'origine de cette demande, ignorez ce message."),
        [PersonalDataEmailKind.Completed] = ("Votre demande concernant vos données personnelles est traitée",
            "Bonjour {0},\n\nVotre demande ({1}) est traitée.\n\n{3}"),
        [PersonalDataEmailKind.Refused] = ("Votre demande concernant vos données personnelles",
            "Bonjour {0},\n\nNous ne pouvons pas donner suite à votre demande ({1}).\n\n{3}\n\nVous pouvez adresser une réclamation à la CNIL (www.cnil.fr)."),
    };

    private static readonly Dictionary<PersonalDataRequestKind, (string En, string Fr)> KindNames = new()
    {
        [PersonalDataRequestKind.Access] = ("a copy of your data", "une copie de vos données"),
        [PersonalDataRequestKind.Rectification] = ("correcting your data", "la rectification de vos données"),
        [PersonalDataRequestKind.Erasure] = ("erasing your data", "l'effacement de vos données"),
        [PersonalDataRequestKind.Objection] = ("objecting to the use of your data", "l'opposition à l'utilisation de vos données"),
    };

    public static EmailMessage Compose(PersonalDataEmailKind kind, PersonalDataRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var french = NotificationEmails.IsFrench(request.Culture);
        var (kindEn, kindFr) = KindNames[request.Kind];
        return NotificationEmails.Render(request.RequesterEmail, french, (french ? French : English)[kind],
            [request.RequesterName, french ? kindFr : kindEn, request.DueAt.ToString("D", NotificationEmails.FormatOf(french)), request.Resolution ?? ""]);
    }
}
