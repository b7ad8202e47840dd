using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using TescForce.Domain.Audit;

namespace TescForce.Infrastructure.Data;

/// <summary>
/// Adds the audit entries of a save to the save itself (ADR 0008): they are inserted by the same
/// SaveChanges, in its transaction or the caller's, so a failed change leaves no entry and a committed
/// one always has one. A save that changes an audited object without an actor is refused, so nothing
/// escapes the log: services open their context with <c>IAppDbFactory.CreateAsync(actor, …)</c>.
/// </summary>
internal sealed class AuditInterceptor(TimeProvider clock) : ISaveChangesInterceptor
{
    public InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        if (eventData.Context is TescForceDbContext db && Prepare(db) is { } actorId)
        {
            if (!db.Audit.NameResolved && IsPerson(actorId))
            {
                db.Audit.ActorName = NameQuery(db, actorId).FirstOrDefault();
                db.Audit.NameResolved = true;
            }

            Record(db, actorId);
        }

        return result;
    }

    public async ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result,
        CancellationToken cancellationToken = default)
    {
        if (eventData.Context is TescForceDbContext db && Prepare(db) is { } actorId)
        {
            if (!db.Audit.NameResolved && IsPerson(actorId))
            {
                db.Audit.ActorName = await NameQuery(db, actorId).FirstOrDefaultAsync(cancellationToken);
                db.Audit.NameResolved = true;
            }

            Record(db, actorId);
        }

        return result;
    }

    public int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        (eventData.Context as TescForceDbContext)?.Audit.InFlight.Clear();
        return result;
    }

    public ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        (eventData.Context as TescForceDbContext)?.Audit.InFlight.Clear();
        return ValueTask.FromResult(result);
    }

    public void SaveChangesFailed(DbContextErrorEventData eventData) => Withdraw(eventData.Context);

    public Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Withdraw(eventData.Context);
        return Task.CompletedTask;
    }

    /// <summary>The actor to record the save under; null when there is nothing to record.</summary>
    private static string? Prepare(TescForceDbContext db)
    {
        if (db.Audit.Suppressed)
        {
            return null;
        }

        db.ChangeTracker.DetectChanges();
        var audited = db.ChangeTracker.Entries().Any(e =>
            e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted
            && (AuditedTypes.Roots.ContainsKey(e.Metadata.ClrType) || AuditedTypes.Children.ContainsKey(e.Metadata.ClrType)));
        if (!audited)
        {
            // Entries written by a service itself (an identity view) still get the actor's name.
            return db.ChangeTracker.Entries<AuditEntry>().Any(e => e.State == EntityState.Added && e.Entity.ActorName is null)
                ? db.Audit.ActorId
                : null;
        }

        return db.Audit.ActorId ?? throw new InvalidOperationException(
            "This save changes audited data but names no actor: open the context with IAppDbFactory.CreateAsync(actor, …) (ADR 0008).");
    }

    private void Record(TescForceDbContext db, string actorId)
    {
        foreach (var written in db.ChangeTracker.Entries<AuditEntry>().Where(e => e.State == EntityState.Added && e.Entity.ActorId == actorId))
        {
            written.Entity.ActorName ??= db.Audit.ActorName;
        }

        var entries = AuditRecorder.Collect(db, actorId, db.Audit.ActorName, clock.GetUtcNow().UtcDateTime);
        db.AuditEntries.AddRange(entries);
        db.Audit.InFlight.AddRange(entries);
    }

    /// <summary>A failed save's entries leave the tracker, so that fixing and saving again does not write them twice.</summary>
    private static void Withdraw(DbContext? context)
    {
        if (context is not TescForceDbContext db)
        {
            return;
        }

        foreach (var entry in db.Audit.InFlight)
        {
            db.Entry(entry).State = EntityState.Detached;
        }

        db.Audit.InFlight.Clear();
    }

    private static bool IsPerson(string actorId) => !actorId.StartsWith(AuditEntry.SystemPrefix, StringComparison.Ordinal);

    /// <summary>A person's name or e-mail; for a call made with an API key, the key's name and prefix.</summary>
    private static IQueryable<string?> NameQuery(TescForceDbContext db, string actorId) =>
        actorId.StartsWith(Application.ApiKeys.ApiKeyService.ActorPrefix, StringComparison.Ordinal)
        && Guid.TryParseExact(actorId[Application.ApiKeys.ApiKeyService.ActorPrefix.Length..], "N", out var keyId)
            ? db.ApiKeys.AsNoTracking().Where(k => k.Id == keyId).Select(k => "API key " + k.Name + " (" + k.Prefix + ")")
            : db.Users.AsNoTracking().Where(u => u.Id == actorId).Select(u => u.DisplayName ?? u.Email);
}
