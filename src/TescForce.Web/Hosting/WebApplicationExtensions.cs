using Serilog;
using TescForce.Infrastructure.Data;
using TescForce.Web.Api;
using TescForce.Web.Components;
using TescForce.Web.Localization;
using TescForce.Web.Security;

namespace TescForce.Web.Hosting;

public static class WebApplicationExtensions
{
    public static WebApplication UseWebPipeline(this WebApplication app)
    {
        app.UseSecurityHeaders();
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/Error", createScopeForErrors: true);
            app.UseHsts();
            app.UseHttpsRedirection();
        }

        app.UseSerilogRequestLogging();
        app.UseNoIndexForPrivatePages();
        // /status/404 is the not-found page, /status/401 and 403 the access-denied page, any other code the error page.
        app.UseStatusCodePagesWithReExecute("/status/{0}", createScopeForStatusCodePages: true);
        app.UseTescForceLocalization();
        app.UseTescForceApi();
        app.UseTescForceTwoFactorRequirement();
        app.UseAntiforgery();
        app.UseAntiforgeryRefusal();
        return app;
    }

    public static WebApplication MapWebEndpoints(this WebApplication app)
    {
        app.MapStaticAssets();
        app.MapHealthEndpoints();
        app.MapCultureEndpoints();
        app.MapConsultantCsvEndpoints();
        app.MapSkillsMapEndpoints();
        app.MapAuditCsvEndpoints();
        app.MapTescForceApi();
        app.MapPersonalDataEndpoints();
        app.MapRazorComponents<App>().AddInteractiveServerRenderMode().RequireAuthRateLimits();
        app.MapAdditionalIdentityEndpoints();
        return app;
    }

    /// <summary>Migrations (unless disabled), roles and, in Development, the demo data.</summary>
    public static async Task InitialiseDatabaseAsync(this WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().InitialiseAsync(app.Lifetime.ApplicationStopping);
    }
}
