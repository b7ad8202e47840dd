using System.Globalization;

namespace TescForce.Web.Localization;

public static class SupportedCultures
{
    public const string English = "en";
    public const string French = "fr";

    public static IReadOnlyList<string> Names { get; } = [English, French];

    public static IReadOnlyList<CultureInfo> All { get; } = [.. Names.Select(CultureInfo.GetCultureInfo)];

    public static bool IsSupported(string? name) =>
        name is not null && Names.Contains(name, StringComparer.OrdinalIgnoreCase);
}
