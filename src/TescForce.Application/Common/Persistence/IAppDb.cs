using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Infrastructure;
using TescForce.Domain.ApiKeys;
using TescForce.Domain.Audit;
using TescForce.Domain.Clients;
using TescForce.Domain.Companies;
using TescForce.Domain.Consultants;
using TescForce.Domain.Introductions;
using TescForce.Domain.Missions;
using TescForce.Domain.Notifications;
using TescForce.Domain.Privacy;
using TescForce.Domain.Skills;

namespace TescForce.Application.Common.Persistence;

/// <summary>
/// The database as the Application layer sees it: EF Core used directly, no repository on top.
/// Services open one short-lived instance per operation through <see cref="IAppDbFactory"/>.
/// </summary>
public interface IAppDb : IAsyncDisposable
{
    DbSet<SkillTag> SkillTags { get; }

    DbSet<SkillAltLabel> SkillAltLabels { get; }

    DbSet<SkillParentLink> SkillParentLinks { get; }

    DbSet<SkillRelation> SkillRelations { get; }

    DbSet<ReferenceDataImport> ReferenceDataImports { get; }

    DbSet<MemberCompany> MemberCompanies { get; }

    DbSet<CompanyInvitation> CompanyInvitations { get; }

    DbSet<ApiKey> ApiKeys { get; }

    DbSet<Consultant> Consultants { get; }

    DbSet<ConsultantSkill> ConsultantSkills { get; }

    DbSet<ConsultantLanguage> ConsultantLanguages { get; }

    DbSet<ClientOrganisation> ClientOrganisations { get; }

    DbSet<Mission> Missions { get; }

    DbSet<MissionSkill> MissionSkills { get; }

    DbSet<MissionLanguage> MissionLanguages { get; }

    DbSet<ShortlistEntry> ShortlistEntries { get; }

    DbSet<Introduction> Introductions { get; }

    DbSet<Notification> Notifications { get; }

    DbSet<AuditEntry> AuditEntries { get; }

    DbSet<PersonalDataRequest> PersonalDataRequests { get; }

    DatabaseFacade Database { get; }

    /// <summary>For long writes (an import) that save in batches and forget each batch once saved.</summary>
    ChangeTracker ChangeTracker { get; }

    Task<int> SaveChangesAsync(CancellationToken cancellationToken = default);
}
