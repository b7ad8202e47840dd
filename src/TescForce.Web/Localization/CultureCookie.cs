using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Localization;
using TescForce.Infrastructure.Identity;

namespace TescForce.Web.Localization;

/// <summary>The culture cookie that <see cref="CookieRequestCultureProvider"/> reads: a visitor's choice, or a user's.</summary>
internal static class CultureCookie
{
    public static void Append(HttpContext context, string culture) =>
        context.Response.Cookies.Append(
            CookieRequestCultureProvider.DefaultCookieName,
            CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture)),
            new CookieOptions
            {
                Expires = DateTimeOffset.UtcNow.AddYears(1),
                IsEssential = true,
                HttpOnly = true,
                SameSite = SameSiteMode.Lax,
                Secure = context.Request.IsHttps,
            });

    /// <summary>
    /// On every sign-in (password, two-factor, recovery code, passkey, external login, after registration), the
    /// language kept on the account becomes the browser's: the choice follows the user to another browser.
    /// </summary>
    public static async Task FollowTheAccountAsync(CookieSignedInContext context)
    {
        if (context.Principal is null)
        {
            return;
        }

        var users = context.HttpContext.RequestServices.GetRequiredService<UserManager<ApplicationUser>>();
        if (await users.GetUserAsync(context.Principal) is { PreferredCulture: { } culture } && SupportedCultures.IsSupported(culture))
        {
            Append(context.HttpContext, culture.ToLowerInvariant());
        }
    }
}
