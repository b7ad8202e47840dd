using Microsoft.EntityFrameworkCore;
using TescForce.Application.Common.Persistence;

namespace TescForce.Infrastructure.Data;

internal sealed class AppDbFactory(IDbContextFactory<TescForceDbContext> factory) : IAppDbFactory
{
    public async Task<IAppDb> CreateAsync(CancellationToken cancellationToken = default) =>
        await factory.CreateDbContextAsync(cancellationToken);
}
