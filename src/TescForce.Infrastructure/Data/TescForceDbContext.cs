using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using TescForce.Infrastructure.Identity;

namespace TescForce.Infrastructure.Data;

/// <summary>
/// The one DbContext of the application, shared by both providers. Provider-specific
/// migrations live in TescForce.Migrations.Sqlite and TescForce.Migrations.PostgreSql.
/// </summary>
public sealed class TescForceDbContext(DbContextOptions<TescForceDbContext> options)
    : IdentityDbContext<ApplicationUser, IdentityRole, string>(options)
{
    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(TescForceDbContext).Assembly);
    }
}
