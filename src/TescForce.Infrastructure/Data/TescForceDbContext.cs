using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using TescForce.Application.Common;
using TescForce.Application.Common.Persistence;
using TescForce.Domain.ApiKeys;
using TescForce.Domain.Audit;
using TescForce.Domain.Clients;
using TescForce.Domain.Common;
using TescForce.Domain.Companies;
using TescForce.Domain.Consultants;
using TescForce.Domain.Introductions;
using TescForce.Domain.Missions;
using TescForce.Domain.Notifications;
using TescForce.Domain.Privacy;
using TescForce.Domain.Skills;
using TescForce.Infrastructure.Identity;

namespace TescForce.Infrastructure.Data;

/// <summary>
/// The one DbContext of the application, shared by both providers. Provider-specific
/// migrations live in TescForce.Migrations.Sqlite and TescForce.Migrations.PostgreSql.
/// </summary>
public sealed class TescForceDbContext(DbContextOptions<TescForceDbContext> options)
    : IdentityDbContext<ApplicationUser, IdentityRole, string>(options), IAppDb, IDataProtectionKeyContext
{
    public DbSet<SkillTag> SkillTags => Set<SkillTag>();

    public DbSet<SkillAltLabel> SkillAltLabels => Set<SkillAltLabel>();

    public DbSet<SkillParentLink> SkillParentLinks => Set<SkillParentLink>();

    public DbSet<SkillRelation> SkillRelations => Set<SkillRelation>();

    public DbSet<ReferenceDataImport> ReferenceDataImports => Set<ReferenceDataImport>();

    public DbSet<MemberCompany> MemberCompanies => Set<MemberCompany>();

    public DbSet<CompanyInvitation> CompanyInvitations => Set<CompanyInvitation>();

    public DbSet<ApiKey> ApiKeys => Set<ApiKey>();

    public DbSet<Consultant> Consultants => Set<Consultant>();

    public DbSet<ConsultantSkill> ConsultantSkills => Set<ConsultantSkill>();

    public DbSet<ConsultantLanguage> ConsultantLanguages => Set<ConsultantLanguage>();

    public DbSet<ClientOrganisation> ClientOrganisations => Set<ClientOrganisation>();

    public DbSet<Mission> Missions => Set<Mission>();

    public DbSet<MissionSkill> MissionSkills => Set<MissionSkill>();

    public DbSet<MissionLanguage> MissionLanguages => Set<MissionLanguage>();

    public DbSet<ShortlistEntry> ShortlistEntries => Set<ShortlistEntry>();

    public DbSet<Introduction> Introductions => Set<Introduction>();

    public DbSet<Notification> Notifications => Set<Notification>();

    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    public DbSet<PersonalDataRequest> PersonalDataRequests => Set<PersonalDataRequest>();

    /// <summary>The Data Protection key ring, shared by every instance so a restart or another instance accepts the cookies issued.</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    /// <summary>What this context saved and has not reported yet (<see cref="ChangeFeedInterceptor"/>).</summary>
    internal PendingChanges PendingChanges { get; } = new();

    /// <summary>Who the audit log names for this context's saves (<see cref="AuditInterceptor"/>); reset when it goes back to the pool.</summary>
    internal AuditStamp Audit { get; } = new();

    public override void Dispose()
    {
        Audit.Reset();
        base.Dispose();
    }

    public override ValueTask DisposeAsync()
    {
        Audit.Reset();
        return base.DisposeAsync();
    }

    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        foreach (var entry in ChangeTracker.Entries<IVersioned>())
        {
            if (entry.State == EntityState.Modified)
            {
                entry.Entity.Version = entry.Property(e => e.Version).OriginalValue + 1;
            }
        }

        try
        {
            return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        }
        catch (DbUpdateConcurrencyException ex)
        {
            throw new ConcurrencyConflictException(
                "Someone else changed this record since you opened it. Reload it to see their changes; yours were not saved.", ex);
        }
    }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(TescForceDbContext).Assembly);
        builder.Entity<ApplicationUser>(user =>
        {
            user.Property(u => u.DisplayName).HasMaxLength(200);
            user.Property(u => u.PreferredCulture).HasMaxLength(5);
            user.HasOne<MemberCompany>().WithMany().HasForeignKey(u => u.MemberCompanyId).OnDelete(DeleteBehavior.Restrict);
            user.HasOne<ClientOrganisation>().WithMany().HasForeignKey(u => u.ClientOrganisationId).OnDelete(DeleteBehavior.Restrict);
        });
    }
}
