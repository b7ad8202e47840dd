using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;
using MimeKit;
using TescForce.Application.Common;

namespace TescForce.Infrastructure.Email;

/// <summary>
/// Reads back the messages of the pickup folder, for the development mailbox page. The web host offers it
/// only in the Development environment: these are other people's e-mails.
/// </summary>
public sealed partial class PickupMailbox(IOptions<EmailOptions> options)
{
    /// <summary>The newest first (the file names start with the UTC time they were written).</summary>
    public async Task<PagedResult<MailboxEntry>> ListAsync(PageRequest page, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(page);
        var folder = new DirectoryInfo(options.Value.PickupDirectory);
        if (!folder.Exists)
        {
            return new PagedResult<MailboxEntry>([], 0, page);
        }

        var files = folder.GetFiles("*.eml").OrderByDescending(f => f.Name, StringComparer.Ordinal).ToList();
        var entries = new List<MailboxEntry>(page.PageSize);
        foreach (var file in files.Skip(page.Skip).Take(page.PageSize))
        {
            using var message = await MimeMessage.LoadAsync(file.FullName, cancellationToken);
            entries.Add(ToEntry(file.Name, message));
        }

        return new PagedResult<MailboxEntry>(entries, files.Count, page);
    }

    /// <summary>One message by its file name; null when there is no such message (or the name is not one of ours).</summary>
    public async Task<MailboxMessage?> ReadAsync(string name, CancellationToken cancellationToken = default)
    {
        // Only names the pickup sender writes: nothing outside the folder can be reached through this page.
        if (string.IsNullOrEmpty(name) || !FileName().IsMatch(name))
        {
            return null;
        }

        var path = Path.Combine(options.Value.PickupDirectory, name);
        if (!File.Exists(path))
        {
            return null;
        }

        using var message = await MimeMessage.LoadAsync(path, cancellationToken);
        return new MailboxMessage(ToEntry(name, message), message.From.ToString(), message.TextBody ?? "");
    }

    private static MailboxEntry ToEntry(string name, MimeMessage message) =>
        new(name, string.Join(", ", message.To.Mailboxes.Select(m => m.Address)), message.Subject ?? "", message.Date);

    [GeneratedRegex(@"^[0-9]{17}-[0-9a-f]{32}\.eml$", RegexOptions.CultureInvariant)]
    private static partial Regex FileName();
}
