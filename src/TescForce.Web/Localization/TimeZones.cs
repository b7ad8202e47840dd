namespace TescForce.Web.Localization;

/// <summary>The IANA time zones offered by the forms (region/city names only, not the legacy aliases).</summary>
public static class TimeZones
{
    public static IReadOnlyList<string> All { get; } =
        [.. TimeZoneInfo.GetSystemTimeZones().Select(z => z.Id).Where(id => id.Contains('/', StringComparison.Ordinal)).Order(StringComparer.Ordinal)];

    /// <summary>How a zone reads in a list: "America/New York" rather than "America/New_York".</summary>
    public static string Display(string? id) => (id ?? "").Replace('_', ' ');

    /// <summary>For an autocomplete: European zones when nothing is typed, otherwise every zone containing the text.</summary>
    public static Task<IEnumerable<string>> SearchAsync(string? text, CancellationToken cancellationToken = default) =>
        Task.FromResult(string.IsNullOrWhiteSpace(text)
            ? All.Where(id => id.StartsWith("Europe/", StringComparison.Ordinal))
            : All.Where(id => id.Contains(text.Trim().Replace(' ', '_'), StringComparison.OrdinalIgnoreCase)));
}
