using TescForce.Application.Common.Email;
using TescForce.Application.Notifications;

namespace TescForce.Application.Contact;

/// <summary>
/// The e-mail a curator receives for a message of the contact form, in the curator's language, from the Messages
/// resources (Emails_Contact…).
/// Placeholders: {0} the subject, {1} the sender's name, {2} their e-mail, {3} their organisation, {4} the message,
/// {5} the language of the form.
/// </summary>
public static class ContactEmails
{
    /// <param name="to">The curator's address.</param>
    /// <param name="recipientCulture">The curator's preferred culture: the e-mail's language.</param>
    /// <param name="senderCulture">The language the visitor wrote in (so the answer can be in it).</param>
    public static EmailMessage Compose(ContactMessageInput input, string to, string? recipientCulture, string? senderCulture)
    {
        ArgumentNullException.ThrowIfNull(input);
        var french = NotificationEmails.IsFrench(recipientCulture);
        var language = NotificationEmails.IsFrench(senderCulture) ? nameof(Messages.Emails_ContactLanguageFrench) : nameof(Messages.Emails_ContactLanguageEnglish);
        return NotificationEmails.Render(to, french, "Emails_Contact",
            [NotificationEmails.Text("Emails_ContactSubject" + input.Subject!.Value, french), input.Name.Trim(), input.Email.Trim(),
                string.IsNullOrWhiteSpace(input.Organisation) ? "—" : input.Organisation.Trim(), input.Message.Trim(),
                NotificationEmails.Text(language, french)]);
    }
}
