using Microsoft.Extensions.Logging;
using TescForce.Application.Common;
using TescForce.Application.Common.Email;
using TescForce.Application.Users;

namespace TescForce.Application.Contact;

/// <summary>
/// The public contact form: a message is e-mailed to every curator, in each curator's language, and is not stored
/// (nothing to keep, so nothing to erase). The page limits submissions per address.
/// </summary>
public sealed partial class ContactMessages(IUserDirectory users, IEmailSender email, ILogger<ContactMessages> logger)
{
    /// <summary>Checks the message and e-mails it to the curators; returns how many were written to.</summary>
    /// <exception cref="ValidationFailedException">A value is missing, too long or not valid; nothing is sent.</exception>
    public async Task<int> SendAsync(ContactMessageInput input, string? culture, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        InputValidation.Validate(input);
        var curators = await users.CuratorsAsync(cancellationToken);
        if (curators.Count == 0)
        {
            LogNoCurator();
        }

        foreach (var curator in curators)
        {
            await email.SendAsync(ContactEmails.Compose(input, curator.Email, curator.Culture, culture), cancellationToken);
        }

        return curators.Count;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "A contact message arrived but no curator account can receive it; create one with the create-curator command")]
    private partial void LogNoCurator();
}
