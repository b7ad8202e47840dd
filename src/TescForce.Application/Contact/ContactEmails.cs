using TescForce.Application.Common.Email;
using TescForce.Application.Notifications;

namespace TescForce.Application.Contact;

/// <summary>
/// The e-mail a curator receives for a message of the contact form, in the curator's language.
/// Placeholders: {0} the subject, {1} the sender's name, {2} their e-mail, {3} their organisation, {4} the message,
/// {5} the language of the form.
/// </summary>
public static class ContactEmails
{
    private static readonly (string Subject, string Body) English = ("Contact form: {0} — {1}",
        "A visitor wrote through the contact form of TescForce.\n\nName: {1}\nE-mail: {2}\nOrganisation: {3}\nSubject: {0}\nLanguage: {5}\n\n{4}\n\nAnswer them at {2}. This message is not stored on the platform.");

    private static readonly (string Subject, string Body) French = ("Formulaire de contact : {0} — {1}",
        "Un visiteur a écrit via le formulaire de contact de TescForce.\n\nNom : {1}\nE-mail : {2}\nOrganisation : {3}\nObjet : {0}\nLangue : {5}\n\n{4}\n\nRépondez-lui à l'adresse {2}. Ce message n'est pas conservé sur la plateforme.");

    private static readonly Dictionary<ContactSubject, (string En, string Fr)> SubjectNames = new()
    {
        [ContactSubject.Mission] = ("a mission or finding engineers", "une mission ou la recherche d'ingénieurs"),
        [ContactSubject.MemberCompany] = ("joining as a member company", "l'adhésion d'une entreprise membre"),
        [ContactSubject.Account] = ("an account or signing in", "un compte ou la connexion"),
        [ContactSubject.PersonalData] = ("personal data", "les données personnelles"),
        [ContactSubject.Other] = ("something else", "autre chose"),
    };

    /// <param name="to">The curator's address.</param>
    /// <param name="recipientCulture">The curator's preferred culture: the e-mail's language.</param>
    /// <param name="senderCulture">The language the visitor wrote in (so the answer can be in it).</param>
    public static EmailMessage Compose(ContactMessageInput input, string to, string? recipientCulture, string? senderCulture)
    {
        ArgumentNullException.ThrowIfNull(input);
        var french = NotificationEmails.IsFrench(recipientCulture);
        var (subjectEn, subjectFr) = SubjectNames[input.Subject!.Value];
        var language = NotificationEmails.IsFrench(senderCulture) ? (french ? "français" : "French") : (french ? "anglais" : "English");
        return NotificationEmails.Render(to, french, french ? French : English,
            [french ? subjectFr : subjectEn, input.Name.Trim(), input.Email.Trim(),
                string.IsNullOrWhiteSpace(input.Organisation) ? "—" : input.Organisation.Trim(), input.Message.Trim(), language]);
    }
}
