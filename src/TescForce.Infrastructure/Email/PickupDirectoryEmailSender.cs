using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using TescForce.Application.Common.Email;

namespace TescForce.Infrastructure.Email;

/// <summary>
/// Writes each message as an .eml file into a pickup folder (the default, until SMTP is configured):
/// nothing leaves the machine, and every message can be opened with a mail client or the development mailbox.
/// </summary>
internal sealed class PickupDirectoryEmailSender(IOptions<EmailOptions> options, TimeProvider clock, ILogger<PickupDirectoryEmailSender> logger)
    : IEmailSender
{
    public async Task SendAsync(EmailMessage message, CancellationToken cancellationToken = default)
    {
        var folder = options.Value.PickupDirectory;
        Directory.CreateDirectory(folder);
        var now = clock.GetUtcNow();
        var file = Path.Combine(folder, $"{now:yyyyMMddHHmmssfff}-{Guid.NewGuid():N}.eml");
        using var mime = MimeMessages.Create(message, options.Value, now);
        await mime.WriteToAsync(file, cancellationToken);
        logger.LogInformation("E-mail to {To} written to {File}", message.To, file);
    }
}
