namespace TescForce.Application.Common.Email;

/// <summary>Sends the platform's e-mails (invitations, decisions, requests).</summary>
public interface IEmailSender
{
    Task SendAsync(EmailMessage message, CancellationToken cancellationToken = default);
}
