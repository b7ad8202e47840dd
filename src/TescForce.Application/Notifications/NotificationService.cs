using Microsoft.EntityFrameworkCore;
using TescForce.Application.Common;
using TescForce.Application.Common.Persistence;

namespace TescForce.Application.Notifications;

/// <summary>
/// The notification centre. A user only ever reaches their own notifications: another user's is answered
/// "does not exist", so nobody learns that it does.
/// </summary>
public sealed class NotificationService(IAppDbFactory dbFactory, TimeProvider clock)
{
    /// <summary>The actor's notifications, newest first.</summary>
    public async Task<PagedResult<NotificationItem>> ListAsync(ActingUser actor, bool unreadOnly, PageRequest page,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(page);
        var userId = RequireUser(actor);
        await using var db = await dbFactory.CreateAsync(cancellationToken);
        var query = db.Notifications.AsNoTracking().Where(n => n.UserId == userId);
        if (unreadOnly)
        {
            query = query.Where(n => n.ReadAt == null);
        }

        var total = await query.CountAsync(cancellationToken);
        var items = await query.OrderByDescending(n => n.CreatedAt).ThenBy(n => n.Id).Skip(page.Skip).Take(page.PageSize)
            .Select(n => new NotificationItem(n.Id, n.Kind, n.Subject, n.Reference, n.Detail, n.Link, n.CreatedAt, n.ReadAt != null))
            .ToListAsync(cancellationToken);
        return new PagedResult<NotificationItem>(items, total, page);
    }

    public async Task<int> UnreadCountAsync(ActingUser actor, CancellationToken cancellationToken = default)
    {
        var userId = RequireUser(actor);
        await using var db = await dbFactory.CreateAsync(cancellationToken);
        return await db.Notifications.CountAsync(n => n.UserId == userId && n.ReadAt == null, cancellationToken);
    }

    public async Task MarkReadAsync(ActingUser actor, Guid id, CancellationToken cancellationToken = default)
    {
        var userId = RequireUser(actor);
        await using var db = await dbFactory.CreateAsync(cancellationToken);
        var notification = await db.Notifications.SingleOrDefaultAsync(n => n.Id == id && n.UserId == userId, cancellationToken)
            ?? throw new NotFoundException(Messages.Notifications_NotificationDoesNotExist);
        notification.MarkRead(Now());
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Marks every unread notification of the actor read; returns how many.</summary>
    public async Task<int> MarkAllReadAsync(ActingUser actor, CancellationToken cancellationToken = default)
    {
        var userId = RequireUser(actor);
        var now = Now();
        await using var db = await dbFactory.CreateAsync(cancellationToken);
        return await db.Notifications.Where(n => n.UserId == userId && n.ReadAt == null)
            .ExecuteUpdateAsync(set => set.SetProperty(n => n.ReadAt, now), cancellationToken);
    }

    private static string RequireUser(ActingUser actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return string.IsNullOrEmpty(actor.UserId)
            ? throw new ForbiddenAccessException(Messages.Notifications_SignSeeNotifications)
            : actor.UserId;
    }

    private DateTime Now() => clock.GetUtcNow().UtcDateTime;
}
