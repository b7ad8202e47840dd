using Microsoft.EntityFrameworkCore;
using TescForce.Application.Common;
using TescForce.Application.Common.Persistence;

namespace TescForce.Infrastructure.Data;

internal sealed class AppDbFactory(IDbContextFactory<TescForceDbContext> factory) : IAppDbFactory
{
    public async Task<IAppDb> CreateAsync(CancellationToken cancellationToken = default) =>
        await factory.CreateDbContextAsync(cancellationToken);

    public async Task<IAppDb> CreateAsync(ActingUser actor, CancellationToken cancellationToken = default)
    {
        var db = await factory.CreateDbContextAsync(cancellationToken);
        db.Audit.Stamp(actor.UserId);
        return db;
    }
}
