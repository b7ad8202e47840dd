using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace TescForce.Infrastructure.Data;

/// <summary>
/// Options for the design-time factories of the migrations projects. Identity reads its schema
/// version (passkeys came with version 3) from the application's IdentityOptions, which the EF
/// tools do not have; this supplies the same value so that both models are the same.
/// </summary>
public static class DesignTimeDbContextOptions
{
    public static readonly Version IdentitySchemaVersion = IdentitySchemaVersions.Version3;

    public static DbContextOptions<TescForceDbContext> Create(DatabaseProvider provider, string connectionString)
    {
        var services = new ServiceCollection();
        services.AddOptions<IdentityOptions>().Configure(o => o.Stores.SchemaVersion = IdentitySchemaVersion);
        var builder = new DbContextOptionsBuilder<TescForceDbContext>();
        builder.UseTescForceDatabase(provider, connectionString)
            .UseApplicationServiceProvider(services.BuildServiceProvider());
        return builder.Options;
    }
}
