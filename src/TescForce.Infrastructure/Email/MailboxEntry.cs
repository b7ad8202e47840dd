namespace TescForce.Infrastructure.Email;

/// <param name="Name">The file name, which identifies the message.</param>
public sealed record MailboxEntry(string Name, string To, string Subject, DateTimeOffset Date);

/// <summary>A message of the pickup folder with its plain-text body.</summary>
public sealed record MailboxMessage(MailboxEntry Entry, string From, string TextBody);
