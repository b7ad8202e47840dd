using MailKit.Net.Smtp;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using TescForce.Application.Common.Email;

namespace TescForce.Infrastructure.Email;

/// <summary>
/// Sends through the SMTP server of <c>Email:Smtp</c>. One connection per message: the platform sends a
/// few messages an hour, and a pooled connection would only add a state that can go stale.
/// </summary>
internal sealed class SmtpEmailSender(IOptions<EmailOptions> options, TimeProvider clock, ILogger<SmtpEmailSender> logger) : IEmailSender
{
    public async Task SendAsync(EmailMessage message, CancellationToken cancellationToken = default)
    {
        var settings = options.Value.Smtp;
        using var mime = MimeMessages.Create(message, options.Value, clock.GetUtcNow());
        using var client = new SmtpClient { Timeout = (int)settings.Timeout.TotalMilliseconds };
        await client.ConnectAsync(settings.Host!, settings.Port, settings.Security, cancellationToken);
        if (!string.IsNullOrEmpty(settings.UserName))
        {
            await client.AuthenticateAsync(settings.UserName, settings.Password ?? "", cancellationToken);
        }

        await client.SendAsync(mime, cancellationToken);
        await client.DisconnectAsync(quit: true, cancellationToken);
        logger.LogInformation("E-mail to {To} sent through {Host}", message.To, settings.Host);
    }
}
