using System.Globalization;
using TescForce.Application.Common.Email;
using TescForce.Domain.Notifications;

namespace TescForce.Application.Notifications;

/// <summary>
/// The e-mail of each notice, from the Messages resources (Messages.Emails.tsv, keys Emails_{Kind}Subject and
/// Emails_{Kind}Body). The recipient's language is their preferred culture ("fr…" → French, anything else →
/// English), never the language of whoever caused the event.
/// Placeholders: {0} the mission's title, {1} the consultant's reference, {2} the reason, {3} the link.
/// </summary>
public static class NotificationEmails
{
    /// <summary>True for "fr", "fr-FR", "fr-CA"…: the only other language the platform speaks.</summary>
    public static bool IsFrench(string? culture) => culture?.StartsWith("fr", StringComparison.OrdinalIgnoreCase) == true;

    /// <param name="link">The absolute link to the notice's page.</param>
    public static EmailMessage Compose(Notice notice, string to, string? culture, string link)
    {
        ArgumentNullException.ThrowIfNull(notice);
        var french = IsFrench(culture);
        return Render(to, french, "Emails_" + notice.Kind, [notice.Subject, notice.Reference ?? "", notice.Detail ?? "", link]);
    }

    /// <summary>The dates and numbers of a language's e-mails.</summary>
    public static CultureInfo FormatOf(bool french) => CultureInfo.GetCultureInfo(french ? "fr-FR" : "en-GB");

    /// <summary>A text of the Messages resources in the recipient's language.</summary>
    public static string Text(string key, bool french) => Messages.GetString(key, FormatOf(french));

    /// <summary>
    /// Fills the subject and body templates <paramref name="template"/>Subject and <paramref name="template"/>Body
    /// in the recipient's language and signs it; shared by the platform's e-mails.
    /// </summary>
    public static EmailMessage Render(string to, bool french, string template, object[] values)
    {
        var format = FormatOf(french);
        return new EmailMessage(to,
            string.Format(format, Text(template + "Subject", french), values),
            string.Format(format, Text(template + "Body", french), values) + "\n\n" + Text(nameof(Messages.Emails_Signature), french));
    }
}
