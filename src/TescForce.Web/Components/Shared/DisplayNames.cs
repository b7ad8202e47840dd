using System.Globalization;

namespace TescForce.Web.Components.Shared;

/// <summary>Names of countries from their ISO codes, for display; the code itself when .NET does not know it (languages: <see cref="Localization.LanguageNames"/>).</summary>
public static class DisplayNames
{
    /// <summary>The country's name for an ISO 3166 alpha-2 code ("DE" → Germany).</summary>
    /// <remarks>
    /// .NET names a region in the page's language only when that language is the server's own; otherwise
    /// <see cref="RegionInfo.DisplayName"/> falls back to the native name ("Deutschland"). English pages
    /// therefore take the English name; French ones get the native name until a translated list exists.
    /// </remarks>
    public static string Country(string code)
    {
        try
        {
            var region = new RegionInfo(code);
            return CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en" ? region.EnglishName : region.DisplayName;
        }
        catch (ArgumentException)
        {
            return code;
        }
    }
}
