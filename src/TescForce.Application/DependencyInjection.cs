using Microsoft.Extensions.DependencyInjection;
using TescForce.Application.Common.Persistence;
using TescForce.Application.Companies;

namespace TescForce.Application;

public static class DependencyInjection
{
    public static IServiceCollection AddApplication(this IServiceCollection services)
    {
        services.AddScoped<CompanyService>();
        services.AddScoped<TalentPool.TalentPoolService>();
        services.AddSingleton<TalentPool.TalentPoolSnapshot>();
        services.AddSingleton<IDataChangeListener>(sp => sp.GetRequiredService<TalentPool.TalentPoolSnapshot>());
        services.AddSingleton<Skills.SkillCatalogue>();
        services.AddScoped<Skills.Taxonomy.TaxonomyService>();
        services.AddScoped<SkillsMap.SkillsMapService>();
        services.AddScoped<Consultants.ConsultantService>();
        services.AddScoped<Consultants.Import.ConsultantImportService>();
        services.AddScoped<Consultants.Import.ConsultantExportService>();
        services.AddOptions<TescForce.Matching.MatchingOptions>();
        services.AddSingleton<Matching.MatchIndexHost>();
        services.AddSingleton<IDataChangeListener>(sp => sp.GetRequiredService<Matching.MatchIndexHost>());
        services.AddSingleton<Matching.MatchingTelemetry>();
        services.AddScoped<Matching.MatchingService>();
        services.AddScoped<Clients.ClientService>();
        services.AddScoped<Users.InvitationAdministration>();
        services.AddScoped<Curation.CurationQueues>();
        services.AddScoped<Missions.MissionService>();
        services.AddScoped<Introductions.IntroductionService>();
        services.AddScoped<Missions.OpportunityService>();
        services.AddScoped<Notifications.Notifier>();
        services.AddScoped<Notifications.NotificationService>();
        services.AddScoped<Audit.AuditLogService>();
        services.AddScoped<ApiKeys.ApiKeyService>();
        services.AddScoped<Privacy.PersonalDataRequests>();
        services.AddScoped<Privacy.ConsultantRetention>();
        services.AddScoped<Contact.ContactMessages>();
        return services;
    }
}
