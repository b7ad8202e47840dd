using MimeKit;
using TescForce.Application.Common.Email;

namespace TescForce.Infrastructure.Email;

/// <summary>The one way a platform message becomes MIME, so the pickup folder holds exactly what SMTP would send.</summary>
internal static class MimeMessages
{
    public static MimeMessage Create(EmailMessage message, EmailOptions options, DateTimeOffset now)
    {
        var mime = new MimeMessage
        {
            Subject = message.Subject,
            Date = now,
            Body = new TextPart(MimeKit.Text.TextFormat.Plain) { Text = message.TextBody.ReplaceLineEndings("\n") },
        };
        mime.From.Add(MailboxAddress.Parse(options.From));
        mime.To.Add(MailboxAddress.Parse(message.To));
        return mime;
    }
}
