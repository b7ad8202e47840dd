using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using TescForce.Application.Common.Persistence;
using TescForce.Application.Common.Email;
using TescForce.Application.Companies;
using TescForce.Application.Matching;
using TescForce.Application.Users;
using TescForce.Infrastructure.Email;
using TescForce.Infrastructure.Data;
using TescForce.Infrastructure.DemoData;
using TescForce.Infrastructure.Health;
using TescForce.Infrastructure.Identity;
using TescForce.Infrastructure.Skills;

namespace TescForce.Infrastructure;

public static class DependencyInjection
{
    public const string ReadyTag = "ready";

    public static IServiceCollection AddInfrastructure(
        this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        var section = configuration.GetSection(DatabaseOptions.SectionName);
        services.AddOptions<DatabaseOptions>().Bind(section);
        var database = section.Get<DatabaseOptions>() ?? new DatabaseOptions();
        var connectionString = ConnectionStrings.Resolve(configuration, database.Provider, environment.ContentRootPath);

        // A pooled factory, as Microsoft recommends for Blazor Server: components take a short-lived
        // context per operation. Identity's stores get a scoped context from the same pool.
        services.AddSingleton<ChangeFeedInterceptor>();
        services.AddSingleton<AuditInterceptor>();
        services.AddPooledDbContextFactory<TescForceDbContext>((sp, options) => options
            .UseTescForceDatabase(database.Provider, connectionString)
            .AddInterceptors(sp.GetRequiredService<AuditInterceptor>(), sp.GetRequiredService<ChangeFeedInterceptor>()));
        services.AddScoped(sp => sp.GetRequiredService<IDbContextFactory<TescForceDbContext>>().CreateDbContext());

        // The key ring that protects the auth and antiforgery cookies lives in the database: a restart, or another
        // instance behind the same load balancer, reads the same keys and accepts the cookies already issued.
        // The fixed application name keeps the keys valid whatever the content root or the deployment path.
        services.AddDataProtection().SetApplicationName("TescForce").PersistKeysToDbContext<TescForceDbContext>();

        services.TryAddTimeProvider();
        services.AddSingleton<IAppDbFactory, AppDbFactory>();
        services.AddScoped<DatabaseInitializer>();
        services.AddScoped<TaxonomyImporter>();
        services.AddOptions<DemoDataOptions>().Bind(configuration.GetSection(DemoDataOptions.SectionName));
        services.AddScoped<DemoDataGenerator>();
        services.AddScoped<IUserDirectory, UserDirectory>();
        services.AddScoped<IAccountProvisioning, AccountProvisioning>();
        services.AddOptions<EmailOptions>().Bind(configuration.GetSection(EmailOptions.SectionName))
            .PostConfigure(o => o.PickupDirectory = Path.GetFullPath(o.PickupDirectory, environment.ContentRootPath));
        // Decided when the sender is first needed, from the bound options, so every configuration source counts.
        services.AddSingleton<PickupMailbox>();
        services.AddSingleton<IEmailSender>(sp =>
            sp.GetRequiredService<Microsoft.Extensions.Options.IOptions<EmailOptions>>().Value.UsesSmtp
                ? ActivatorUtilities.CreateInstance<SmtpEmailSender>(sp)
                : ActivatorUtilities.CreateInstance<PickupDirectoryEmailSender>(sp));
        services.Configure<TescForce.Matching.MatchingOptions>(configuration.GetSection(MatchIndexOptions.SectionName));
        services.AddOptions<MatchIndexOptions>().Bind(configuration.GetSection(MatchIndexOptions.SectionName));
        services.AddHostedService<Matching.MatchIndexMaintenance>();
        services.AddScaling(configuration, database.Provider, connectionString);
        services.AddHostedService<Introductions.IntroductionExpiry>();
        services.AddOptions<Application.Audit.AuditOptions>().Bind(configuration.GetSection(Application.Audit.AuditOptions.SectionName));
        services.AddHostedService<Audit.AuditRetention>();
        services.AddOptions<Application.Privacy.RetentionOptions>().Bind(configuration.GetSection(Application.Privacy.RetentionOptions.SectionName));
        services.AddHostedService<Privacy.ConsultantRetentionJob>();
        services.AddOptions<Application.Common.SiteOptions>().Bind(configuration.GetSection(Application.Common.SiteOptions.SectionName));
        services.AddOptions<Application.Introductions.IntroductionOptions>().Bind(configuration.GetSection(Application.Introductions.IntroductionOptions.SectionName));
        services.AddHealthChecks().AddCheck<DatabaseReadyHealthCheck>("database", tags: [ReadyTag]);
        return services;
    }

    /// <summary>Identity on EF Core with roles; the cookie schemes are added by the web host.</summary>
    public static IdentityBuilder AddTescForceIdentity(this IServiceCollection services)
    {
        // OWASP's 2023 figure for PBKDF2-HMAC-SHA512; older hashes are re-hashed at the next successful sign-in.
        services.Configure<PasswordHasherOptions>(options => options.IterationCount = 210_000);
        services.AddScoped<TescForceIdentityErrorDescriber>();
        return services
            .AddIdentityCore<ApplicationUser>(options =>
            {
                options.SignIn.RequireConfirmedAccount = true;
                options.User.RequireUniqueEmail = true;
                options.Stores.SchemaVersion = DesignTimeDbContextOptions.IdentitySchemaVersion;
                // Length over composition (NIST SP 800-63B): at least 12 characters, no character classes.
                options.Password.RequiredLength = 12;
                options.Password.RequireDigit = false;
                options.Password.RequireLowercase = false;
                options.Password.RequireUppercase = false;
                options.Password.RequireNonAlphanumeric = false;
                options.Password.RequiredUniqueChars = 1;
                options.Lockout.MaxFailedAccessAttempts = 5;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
            })
            .AddPasswordValidator<CommonPasswordValidator>()
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<TescForceDbContext>()
            .AddClaimsPrincipalFactory<TescForceClaimsPrincipalFactory>()
            .AddErrorDescriber<TescForceIdentityErrorDescriber>()
            .AddSignInManager()
            .AddDefaultTokenProviders();
    }

    /// <summary>
    /// Several instances on one PostgreSQL database: committed changes go to the others through LISTEN/NOTIFY, and
    /// background jobs take an advisory lock. SQLite has one instance: jobs only need a lock within the process.
    /// </summary>
    private static void AddScaling(this IServiceCollection services, IConfiguration configuration, DatabaseProvider provider, string connectionString)
    {
        services.AddOptions<Scaling.ScalingOptions>().Bind(configuration.GetSection(Scaling.ScalingOptions.SectionName))
            .ValidateDataAnnotations().ValidateOnStart();
        if (provider != DatabaseProvider.PostgreSql)
        {
            services.AddSingleton<Jobs.IJobLock, Jobs.InProcessJobLock>();
            return;
        }

        services.AddSingleton(_ => new Scaling.ClusterDatabase(connectionString)); // a factory, so the container disposes it
        services.AddSingleton<Scaling.ClusterInstance>();
        services.AddSingleton<Jobs.IJobLock, Scaling.PostgreSqlJobLock>();
        services.AddSingleton<Scaling.ChangeNotificationPublisher>();
        services.AddSingleton<IDataChangeListener>(sp => sp.GetRequiredService<Scaling.ChangeNotificationPublisher>());
        services.AddHostedService<Scaling.ChangeNotificationListener>();
    }

    private static void TryAddTimeProvider(this IServiceCollection services)
    {
        if (services.All(d => d.ServiceType != typeof(TimeProvider)))
        {
            services.AddSingleton(TimeProvider.System);
        }
    }
}
