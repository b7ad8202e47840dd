using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using TescForce.Application.Common;
using TescForce.Application.Common.Csv;
using TescForce.Application.Common.Persistence;
using TescForce.Domain.Audit;
using TescForce.Domain.Identity;

namespace TescForce.Application.Audit;

/// <summary>
/// The audit log for curators: search, export and retention. Entries are written by the persistence layer
/// with each change (ADR 0008); this service only reads them, and deletes those past the retention period.
/// </summary>
public sealed class AuditLogService(IAppDbFactory dbFactory, IOptions<AuditOptions> options, TimeProvider clock)
{
    /// <summary>Enough for any investigation; a larger export is a sign the filters are missing.</summary>
    public const int MaxExportRows = 50_000;

    public async Task<PagedResult<AuditEntryView>> SearchAsync(ActingUser actor, AuditQuery query, PageRequest page,
        CancellationToken cancellationToken = default)
    {
        actor.RequireRole(Roles.Curator);
        await using var db = await dbFactory.CreateAsync(cancellationToken);
        var entries = Filter(db.AuditEntries.AsNoTracking(), query);
        var total = await entries.CountAsync(cancellationToken);
        var rows = await Ordered(entries).Skip(page.Skip).Take(page.PageSize).ToListAsync(cancellationToken);
        return new PagedResult<AuditEntryView>([.. rows.Select(ToView)], total, page);
    }

    /// <summary>The filtered entries as CSV (<c>;</c>, UTF-8), newest first, one line per entry with its changes.</summary>
    public async Task<string> ExportCsvAsync(ActingUser actor, AuditQuery query, CancellationToken cancellationToken = default)
    {
        actor.RequireRole(Roles.Curator);
        await using var db = await dbFactory.CreateAsync(cancellationToken);
        var rows = await Ordered(Filter(db.AuditEntries.AsNoTracking(), query)).Take(MaxExportRows).ToListAsync(cancellationToken);
        var csv = new StringBuilder();
        CsvWriter.WriteRecord(csv, ["at_utc", "actor_id", "actor_name", "action", "object_type", "object_id", "summary", "changes"], ';');
        foreach (var view in rows.Select(ToView))
        {
            var changes = string.Join("\n", view.Changes.Select(c => $"{c.Property}: {c.Before} → {c.After}"));
            CsvWriter.WriteRecord(csv, [view.At.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture), view.ActorId,
                view.ActorName ?? "", view.Action, view.ObjectType, view.ObjectId, view.Summary ?? "", changes], ';');
        }

        return csv.ToString();
    }

    /// <summary>Deletes the entries older than <see cref="AuditOptions.RetentionDays"/>; returns how many (the daily job calls it).</summary>
    public async Task<int> DeleteExpiredAsync(CancellationToken cancellationToken = default)
    {
        var cutoff = clock.GetUtcNow().UtcDateTime.AddDays(-Math.Max(1, options.Value.RetentionDays));
        await using var db = await dbFactory.CreateAsync(cancellationToken);
        return await db.AuditEntries.Where(e => e.At < cutoff).ExecuteDeleteAsync(cancellationToken);
    }

    /// <summary>The entry of a curator opening a consultant's private identity, to add to the context that read it.</summary>
    public static AuditEntry IdentityViewed(ActingUser curator, Guid consultantId, string reference, DateTime now) => new()
    {
        At = now, ActorId = curator.UserId, Action = AuditActions.IdentityViewed, ObjectType = AuditObjectTypes.Consultant,
        ObjectId = consultantId.ToString(), Summary = reference,
    };

    /// <summary>The entry of a curator locking or unlocking an account, to add to the context that saves it.</summary>
    public static AuditEntry AccountLockChanged(ActingUser curator, string userId, string email, bool locked, DateTime now) => new()
    {
        At = now, ActorId = curator.UserId, Action = AuditActions.StatusChanged, ObjectType = AuditObjectTypes.User,
        ObjectId = userId, Summary = locked ? $"{email}: Active → Locked" : $"{email}: Locked → Active",
        Before = JsonFlag("Locked", !locked), After = JsonFlag("Locked", locked),
    };

    /// <summary>The entry of a curator sending an invitation again with a new link and expiry.</summary>
    public static AuditEntry InvitationResent(ActingUser curator, Guid invitationId, string email, DateTime previousExpiry,
        DateTime newExpiry, DateTime now) => new()
    {
        At = now, ActorId = curator.UserId, Action = AuditActions.Updated, ObjectType = AuditObjectTypes.Invitation,
        ObjectId = invitationId.ToString(), Summary = $"Resent to {email}",
        Before = JsonValue("ExpiresAt", previousExpiry), After = JsonValue("ExpiresAt", newExpiry),
    };

    private static string JsonFlag(string property, bool value) =>
        System.Text.Json.JsonSerializer.Serialize(new Dictionary<string, bool> { [property] = value });

    private static string JsonValue(string property, DateTime value) =>
        System.Text.Json.JsonSerializer.Serialize(new Dictionary<string, DateTime> { [property] = value });

    private static IQueryable<AuditEntry> Filter(IQueryable<AuditEntry> entries, AuditQuery query)
    {
        if (!string.IsNullOrWhiteSpace(query.Person))
        {
            var person = query.Person.Trim();
            var upper = person.ToUpperInvariant();
            entries = entries.Where(e => e.ActorId == person || (e.ActorName != null && e.ActorName.ToUpper().Contains(upper)));
        }

        if (!string.IsNullOrWhiteSpace(query.ObjectType))
        {
            entries = entries.Where(e => e.ObjectType == query.ObjectType);
        }

        if (!string.IsNullOrWhiteSpace(query.ObjectId))
        {
            var objectId = query.ObjectId.Trim().ToLowerInvariant();
            entries = entries.Where(e => e.ObjectId == objectId);
        }

        if (!string.IsNullOrWhiteSpace(query.Action))
        {
            entries = entries.Where(e => e.Action == query.Action);
        }

        if (query.From is { } from)
        {
            var start = from.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
            entries = entries.Where(e => e.At >= start);
        }

        if (query.To is { } to)
        {
            var end = to.AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
            entries = entries.Where(e => e.At < end);
        }

        if (!string.IsNullOrWhiteSpace(query.Text))
        {
            var text = query.Text.Trim().ToUpperInvariant();
            entries = entries.Where(e => (e.Summary != null && e.Summary.ToUpper().Contains(text)) || e.ObjectId.ToUpper().Contains(text)
                || (e.Before != null && e.Before.ToUpper().Contains(text)) || (e.After != null && e.After.ToUpper().Contains(text)));
        }

        return entries;
    }

    private static IQueryable<AuditEntry> Ordered(IQueryable<AuditEntry> entries) =>
        entries.OrderByDescending(e => e.At).ThenBy(e => e.Id);

    private static AuditEntryView ToView(AuditEntry e) =>
        new(e.Id, e.At, e.ActorId, e.ActorName, e.Action, e.ObjectType, e.ObjectId, e.Summary, AuditDiff.Of(e.Before, e.After));
}
