using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using TescForce.Domain.Companies;
using TescForce.Domain.Identity;
using TescForce.Infrastructure.DemoData;
using TescForce.Infrastructure.Identity;
using TescForce.Infrastructure.Skills;

namespace TescForce.Infrastructure.Data;

/// <summary>
/// Brings the database to the state this build expects: migrations (never EnsureCreated),
/// the roles, and in Development only the demo accounts and the demo data (companies, consultants).
/// </summary>
public sealed class DatabaseInitializer(
    TescForceDbContext db,
    TaxonomyImporter taxonomyImporter,
    RoleManager<IdentityRole> roleManager,
    UserManager<ApplicationUser> userManager,
    DemoDataGenerator demoData,
    IOptions<DatabaseOptions> options,
    IOptions<DemoDataOptions> demoDataOptions,
    IHostEnvironment environment,
    TimeProvider clock,
    ILogger<DatabaseInitializer> logger)
{
    public async Task InitialiseAsync(CancellationToken cancellationToken = default)
    {
        if (options.Value.MigrateOnStartup)
        {
            await MigrateAsync(cancellationToken);
        }

        var pending = await db.Database.GetPendingMigrationsAsync(cancellationToken);
        if (pending.Any())
        {
            logger.LogWarning(
                "The database has pending migrations and Database:MigrateOnStartup is false; nothing is seeded. Run the migrations first.");
            return;
        }

        await ApplyReferenceDataAsync(cancellationToken);
        if (environment.IsDevelopment())
        {
            using var unaudited = db.Audit.Suppress("system:seed");
            await SeedDemoAccountsAsync();
            if (demoDataOptions.Value.Enabled)
            {
                await demoData.GenerateAsync(demoDataOptions.Value, cancellationToken);
            }
        }
    }

    /// <returns>The migrations applied, in order; empty when the database was up to date.</returns>
    public async Task<IReadOnlyList<string>> MigrateAsync(CancellationToken cancellationToken = default)
    {
        var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
        if (pending.Count == 0)
        {
            return [];
        }

        logger.LogInformation("Applying {Count} migration(s) on {Provider}: {Migrations}",
            pending.Count, db.Database.ProviderName, string.Join(", ", pending));
        await db.Database.MigrateAsync(cancellationToken);
        return pending;
    }

    /// <summary>What every environment needs on a migrated database: the roles and the skill taxonomy (idempotent).</summary>
    public async Task<ReferenceDataResult> ApplyReferenceDataAsync(CancellationToken cancellationToken = default)
    {
        var roles = await EnsureRolesAsync();
        var taxonomy = await taxonomyImporter.ImportAsync(TaxonomySource.LoadEmbedded(), cancellationToken: cancellationToken);
        return new ReferenceDataResult(roles, taxonomy);
    }

    /// <returns>The roles created; empty when they all existed.</returns>
    public async Task<IReadOnlyList<string>> EnsureRolesAsync()
    {
        var created = new List<string>();
        foreach (var role in Roles.All)
        {
            if (!await roleManager.RoleExistsAsync(role))
            {
                EnsureSucceeded(await roleManager.CreateAsync(new IdentityRole(role)), $"create role {role}");
                created.Add(role);
            }
        }

        return created;
    }

    private async Task SeedDemoAccountsAsync()
    {
        var company = await db.MemberCompanies.SingleOrDefaultAsync(c => c.Siren == DemoAccounts.CompanySiren);
        if (company is null)
        {
            company = DemoAccounts.CreateCompany(clock.GetUtcNow().UtcDateTime);
            db.MemberCompanies.Add(company);
            await db.SaveChangesAsync();
        }

        if (!await db.ClientOrganisations.AnyAsync(c => c.Id == DemoAccounts.ClientId))
        {
            db.ClientOrganisations.Add(DemoAccounts.CreateClient(clock.GetUtcNow().UtcDateTime));
            await db.SaveChangesAsync();
        }

        await SeedDemoMissionAsync();

        foreach (var account in DemoAccounts.All)
        {
            if (await userManager.FindByEmailAsync(account.Email) is { } existing)
            {
                // A database seeded before client organisations existed: attach the demo client to its organisation.
                if (account.Role == Roles.ClientMember && existing.ClientOrganisationId is null)
                {
                    existing.ClientOrganisationId = DemoAccounts.ClientId;
                    EnsureSucceeded(await userManager.UpdateAsync(existing), $"attach {account.Email} to {DemoAccounts.ClientName}");
                }

                continue;
            }

            var user = new ApplicationUser
            {
                UserName = account.Email,
                Email = account.Email,
                EmailConfirmed = true,
                DisplayName = account.DisplayName,
                CreatedAt = clock.GetUtcNow(),
                MemberCompanyId = account.Role == Roles.CompanyMember ? company.Id : null,
                ClientOrganisationId = account.Role == Roles.ClientMember ? DemoAccounts.ClientId : null,
            };
            EnsureSucceeded(await userManager.CreateAsync(user, account.Password), $"create demo user {account.Email}");
            EnsureSucceeded(await userManager.AddToRoleAsync(user, account.Role), $"add {account.Email} to {account.Role}");
            logger.LogInformation("Seeded demo account {Email} ({Role})", account.Email, account.Role);
        }
    }

    /// <summary>The demo client's example mission, waiting for moderation, so that the curators' queue shows one.</summary>
    private async Task SeedDemoMissionAsync()
    {
        if (await db.Missions.AnyAsync(m => m.ClientId == DemoAccounts.ClientId))
        {
            return;
        }

        var codes = DemoAccounts.MissionSkills.Select(s => s.Code).ToList();
        var skills = await db.SkillTags.Where(s => codes.Contains(s.Code)).ToDictionaryAsync(s => s.Code, s => s.Id);
        if (skills.Count != codes.Count)
        {
            logger.LogWarning("The demo mission names skills the taxonomy lacks; it is not seeded");
            return;
        }

        db.Missions.Add(DemoAccounts.CreateMission(skills, clock.GetUtcNow().UtcDateTime));
        await db.SaveChangesAsync();
    }

    private static void EnsureSucceeded(IdentityResult result, string what)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(
                $"Could not {what}: {string.Join("; ", result.Errors.Select(e => e.Description))}");
        }
    }
}
