using System.Globalization;

namespace TescForce.Web.Localization;

/// <summary>The languages offered by the forms, named in their own language with their ISO code.</summary>
public static class LanguageNames
{
    public static IReadOnlyList<string> Common { get; } =
        ["fr", "en", "de", "es", "it", "pt", "nl", "ar", "zh", "ja", "ru", "pl", "ro", "sv", "da", "no", "fi", "cs", "hu", "el", "tr", "he", "hi", "ko", "uk", "ca", "oc", "eu", "br"];

    public static string Display(string code)
    {
        try
        {
            var name = CultureInfo.GetCultureInfo(code).NativeName;
            return $"{char.ToUpper(name[0], CultureInfo.CurrentCulture)}{name[1..]} ({code})";
        }
        catch (CultureNotFoundException)
        {
            return code;
        }
    }
}
