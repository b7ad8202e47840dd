using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using TescForce.Application.Common.Persistence;
using TescForce.Domain.Companies;
using TescForce.Domain.Consultants;
using TescForce.Domain.Skills;

namespace TescForce.Infrastructure.Data;

/// <summary>
/// Notes which consultants, companies and skills each save touches and tells the
/// <see cref="IDataChangeListener"/>s once the change is committed: right after SaveChanges, or at the
/// commit of the explicit transaction around it (nothing on rollback). Listeners are resolved when
/// needed, because they themselves read the database through the context this interceptor belongs to.
/// </summary>
internal sealed class ChangeFeedInterceptor(IServiceProvider services, ILogger<ChangeFeedInterceptor> logger)
    : ISaveChangesInterceptor, IDbTransactionInterceptor
{
    public ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Collect(eventData.Context);
        SetSaving(eventData.Context, true);
        return ValueTask.FromResult(result);
    }

    public InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Collect(eventData.Context);
        SetSaving(eventData.Context, true);
        return result;
    }

    public async ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        SetSaving(eventData.Context, false);
        if (eventData.Context is TescForceDbContext { Database.CurrentTransaction: null } context)
        {
            await FlushAsync(context, cancellationToken);
        }

        return result;
    }

    public int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        SetSaving(eventData.Context, false);
        if (eventData.Context is TescForceDbContext { Database.CurrentTransaction: null } context)
        {
            FlushAsync(context, CancellationToken.None).GetAwaiter().GetResult();
        }

        return result;
    }

    public void SaveChangesFailed(DbContextErrorEventData eventData)
    {
        SetSaving(eventData.Context, false);
        DiscardOutsideTransaction(eventData.Context);
    }

    public Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        SetSaving(eventData.Context, false);
        DiscardOutsideTransaction(eventData.Context);
        return Task.CompletedTask;
    }

    public DbTransaction TransactionStarted(DbConnection connection, TransactionEndEventData eventData, DbTransaction result)
    {
        DiscardUnlessSaving(eventData.Context);
        return result;
    }

    public ValueTask<DbTransaction> TransactionStartedAsync(DbConnection connection, TransactionEndEventData eventData, DbTransaction result, CancellationToken cancellationToken = default)
    {
        DiscardUnlessSaving(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData)
    {
        if (eventData.Context is TescForceDbContext context)
        {
            FlushAsync(context, CancellationToken.None).GetAwaiter().GetResult();
        }
    }

    public async Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is TescForceDbContext context)
        {
            await FlushAsync(context, cancellationToken);
        }
    }

    public void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) => Discard(eventData.Context);

    public Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Discard(eventData.Context);
        return Task.CompletedTask;
    }

    private static void Collect(DbContext? context)
    {
        if (context is not TescForceDbContext db)
        {
            return;
        }

        var pending = db.PendingChanges;
        foreach (var entry in db.ChangeTracker.Entries())
        {
            if (entry.State is not (EntityState.Added or EntityState.Modified or EntityState.Deleted))
            {
                continue;
            }

            switch (entry.Entity)
            {
                case Consultant consultant:
                    pending.Consultants.Add(consultant.Id);
                    break;
                case ConsultantSkill skill:
                    pending.Consultants.Add(skill.ConsultantId);
                    break;
                case ConsultantLanguage language:
                    pending.Consultants.Add(language.ConsultantId);
                    break;
                case MemberCompany company:
                    pending.Companies.Add(company.Id);
                    break;
                case SkillTag or SkillParentLink or SkillRelation:
                    pending.Taxonomy = true;
                    break;
            }
        }
    }

    private static void DiscardOutsideTransaction(DbContext? context)
    {
        if (context is { Database.CurrentTransaction: null })
        {
            Discard(context);
        }
    }

    private static void SetSaving(DbContext? context, bool saving)
    {
        if (context is TescForceDbContext db)
        {
            db.PendingChanges.Saving = saving;
        }
    }

    /// <summary>An explicit transaction starts afresh; the one EF Core opens inside a save keeps what the save collected.</summary>
    private static void DiscardUnlessSaving(DbContext? context)
    {
        if (context is TescForceDbContext { PendingChanges.Saving: false })
        {
            Discard(context);
        }
    }

    private static void Discard(DbContext? context)
    {
        if (context is TescForceDbContext db)
        {
            db.PendingChanges.Clear();
        }
    }

    private async Task FlushAsync(TescForceDbContext context, CancellationToken cancellationToken)
    {
        var changes = context.PendingChanges.Take();
        if (changes.IsEmpty)
        {
            return;
        }

        foreach (var listener in services.GetServices<IDataChangeListener>())
        {
            try
            {
                await listener.OnCommittedAsync(changes, cancellationToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // The change is committed; the listener's view heals at its next reconciliation.
                logger.LogError(ex, "Change listener {Listener} failed on {Consultants} consultant(s), {Companies} company(ies)",
                    listener.GetType().Name, changes.Consultants.Count, changes.Companies.Count);
            }
        }
    }
}
