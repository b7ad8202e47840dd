using Microsoft.Extensions.Localization;
using TescForce.Domain.Common;

namespace TescForce.Web.Components.Pages.Admin;

/// <summary>The refusals of the personal-data rules in the page's language (by their stable code), the rule's own text otherwise.</summary>
internal static class PrivacyErrors
{
    public static string Text(IStringLocalizer localizer, DomainException exception)
    {
        var text = localizer["PrivacyError_" + exception.Code.Replace("privacy.", "", StringComparison.Ordinal).Replace('-', '_')];
        return text.ResourceNotFound ? exception.Message : text.Value;
    }
}
