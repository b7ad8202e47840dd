using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using TescForce.Application.Common;
using TescForce.Application.Common.Email;
using TescForce.Application.Common.Persistence;
using TescForce.Application.Users;
using TescForce.Domain.Notifications;

namespace TescForce.Application.Notifications;

/// <summary>
/// Saves a change together with its notifications, then e-mails them. The notifications are added to the
/// same context before <c>SaveChanges</c>, so they are written in the change's transaction or not at all;
/// the e-mails leave only after the commit, and a failed e-mail is logged without undoing anything.
/// </summary>
public sealed partial class Notifier(
    IUserDirectory users, IEmailSender email, IOptions<SiteOptions> site, TimeProvider clock, ILogger<Notifier> logger)
{
    /// <summary>Saves <paramref name="db"/>'s changes with one notice's notifications (none when null).</summary>
    public Task<int> SaveAsync(IAppDb db, Notice? notice, CancellationToken cancellationToken = default) =>
        SaveAsync(db, notice is null ? [] : [notice], cancellationToken);

    /// <summary>Saves <paramref name="db"/>'s changes with the notifications of every notice; returns what SaveChanges returned.</summary>
    public async Task<int> SaveAsync(IAppDb db, IReadOnlyCollection<Notice> notices, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(notices);
        var now = clock.GetUtcNow().UtcDateTime;
        var outgoing = new List<EmailMessage>();
        var audiences = new Dictionary<Audience, IReadOnlyList<Recipient>>();
        foreach (var notice in notices)
        {
            if (!audiences.TryGetValue(notice.Audience, out var recipients))
            {
                recipients = audiences[notice.Audience] = await RecipientsAsync(notice.Audience, cancellationToken);
            }

            foreach (var recipient in recipients)
            {
                db.Notifications.Add(new Notification
                {
                    UserId = recipient.UserId, Kind = notice.Kind, Subject = Clip(notice.Subject, Notification.MaxSubjectLength)!,
                    Reference = notice.Reference, Detail = Clip(notice.Detail, Notification.MaxDetailLength), Link = notice.Link, CreatedAt = now,
                });
                outgoing.Add(NotificationEmails.Compose(notice, recipient.Email, recipient.Culture, site.Value.Link(notice.Link)));
            }
        }

        var saved = await db.SaveChangesAsync(cancellationToken);
        foreach (var message in outgoing)
        {
            try
            {
                await email.SendAsync(message, cancellationToken);
            }
            catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
            {
                // The change is committed and the notification is in the app: a mail server that is down must not undo either.
                LogEmailFailed(ex, message.To, message.Subject);
            }
        }

        return saved;
    }

    private Task<IReadOnlyList<Recipient>> RecipientsAsync(Audience audience, CancellationToken cancellationToken) =>
        audience.ClientId is { } clientId
            ? users.MembersOfClientAsync(clientId, cancellationToken)
            : users.MembersOfCompanyAsync(audience.CompanyId!.Value, cancellationToken);

    private static string? Clip(string? text, int length) => text is { Length: var n } && n > length ? text[..length] : text;

    [LoggerMessage(Level = LogLevel.Warning, Message = "The notification e-mail to {To} ({Subject}) could not be sent; the change and the in-app notification stay")]
    private partial void LogEmailFailed(Exception exception, string to, string subject);
}
