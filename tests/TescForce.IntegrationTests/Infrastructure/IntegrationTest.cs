using Microsoft.EntityFrameworkCore;
using TescForce.Infrastructure.Data;

namespace TescForce.IntegrationTests.Infrastructure;

/// <summary>Base of every database test: the shared fixture and a few helpers that read like the feature.</summary>
[Collection(DatabaseCollection.Name)]
public abstract class IntegrationTest(DatabaseFixture fixture)
{
    protected DatabaseFixture Fixture { get; } = fixture;

    protected static async Task<T> ExecuteDbContextAsync<T>(TestDatabase database, Func<TescForceDbContext, Task<T>> action)
    {
        await using var db = database.CreateDbContext();
        return await action(db);
    }

    protected static async Task InsertAsync<TEntity>(TestDatabase database, params TEntity[] entities)
        where TEntity : class
    {
        await using var db = database.CreateDbContext();
        db.Set<TEntity>().AddRange(entities);
        await db.SaveChangesAsync();
    }

    protected static Task<int> CountAsync<TEntity>(TestDatabase database)
        where TEntity : class =>
        ExecuteDbContextAsync(database, db => db.Set<TEntity>().CountAsync());
}
