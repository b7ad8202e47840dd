using System.Globalization;
using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;
using TescForce.Application.Common.Email;
using TescForce.Infrastructure.Identity;
using TescForce.Web.Localization;

namespace TescForce.Web.Components.Account;

/// <summary>
/// The account e-mails of the Identity pages (confirm an address, reset a password), sent through the platform's
/// e-mail sender in the recipient's language: the one kept on the account, else the language of the page they used.
/// </summary>
internal sealed class IdentityEmailSender(IEmailSender email, IStringLocalizer<SharedResource> localizer) : IEmailSender<ApplicationUser>
{
    public Task SendConfirmationLinkAsync(ApplicationUser user, string email, string confirmationLink) =>
        SendAsync(user, email, "AccountEmail_ConfirmSubject", "AccountEmail_ConfirmBody", Link(confirmationLink));

    public Task SendPasswordResetLinkAsync(ApplicationUser user, string email, string resetLink) =>
        SendAsync(user, email, "AccountEmail_ResetSubject", "AccountEmail_ResetLinkBody", Link(resetLink));

    public Task SendPasswordResetCodeAsync(ApplicationUser user, string email, string resetCode) =>
        SendAsync(user, email, "AccountEmail_ResetSubject", "AccountEmail_ResetCodeBody", resetCode);

    // The template's pages HTML-encode the link for an HTML body; these e-mails are plain text.
    private static string Link(string encoded) => WebUtility.HtmlDecode(encoded);

    private Task SendAsync(ApplicationUser user, string to, string subjectKey, string bodyKey, string value)
    {
        var previous = CultureInfo.CurrentUICulture;
        if (SupportedCultures.IsSupported(user.PreferredCulture))
        {
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(user.PreferredCulture!.ToLowerInvariant());
        }

        try
        {
            return email.SendAsync(new EmailMessage(to, localizer[subjectKey], localizer[bodyKey, value]));
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }
}
