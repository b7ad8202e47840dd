using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Identity;
using MudBlazor;
using MudBlazor.Services;
using TescForce.Infrastructure;
using TescForce.Infrastructure.Identity;
using TescForce.Web.Api;
using TescForce.Web.Components.Account;
using TescForce.Web.Localization;
using TescForce.Web.Security;

namespace TescForce.Web.Hosting;

public static class WebServiceCollectionExtensions
{
    public static IServiceCollection AddWebServices(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddRazorComponents().AddInteractiveServerComponents();
        services.AddSecurityHeaders();
        // French pages stay readable (and smaller) when accented letters are not written as entities.
        services.AddWebEncoders(options => options.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        services.AddMudServices();
        services.AddTescForceLocalization();
        services.AddTransient<MudLocalizer, ResxMudLocalizer>();

        services.AddCascadingAuthenticationState();
        services.AddScoped<IdentityRedirectManager>();
        services.AddScoped<AuthenticationStateProvider, IdentityRevalidatingAuthenticationStateProvider>();
        services.AddScoped<CurrentUser>();
        services.AddSingleton<FormSubmissionLimiter>();
        services.AddOptions<Legal.LegalNoticeOptions>().Bind(configuration.GetSection(Legal.LegalNoticeOptions.SectionName));
        services.AddScoped<Components.Shared.NotificationSignal>();
        services.AddAuthentication(options =>
            {
                options.DefaultScheme = IdentityConstants.ApplicationScheme;
                options.DefaultSignInScheme = IdentityConstants.ExternalScheme;
            })
            .AddIdentityCookies();
        services.AddTescForceAuthCookies(configuration);
        services.AddTescForceTwoFactorRequirement(configuration);
        services.ConfigureApplicationCookie(options => options.Events.OnSignedIn = CultureCookie.FollowTheAccountAsync);
        services.AddAuthorization();
        services.AddTescForceApi(configuration);
        services.AddTescForceAuthRateLimits(configuration);
        services.AddTescForceIdentity();
        services.AddSingleton<IEmailSender<ApplicationUser>, IdentityEmailSender>();
        return services;
    }
}
