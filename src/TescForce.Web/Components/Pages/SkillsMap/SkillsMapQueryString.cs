using System.Globalization;
using Microsoft.AspNetCore.WebUtilities;
using TescForce.Application.SkillsMap;
using TescForce.Domain.Consultants;

namespace TescForce.Web.Components.Pages.SkillsMap;

/// <summary>The map's filters in a URL (<c>?skill=12&amp;lang=en&amp;cefr=C1&amp;from=2026-12-01&amp;to=2026-12-31</c>), for the export links.</summary>
public static class SkillsMapQueryString
{
    public static string Of(SkillsMapQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var values = new Dictionary<string, string?>
        {
            ["skill"] = query.SkillId?.ToString(CultureInfo.InvariantCulture),
            ["lang"] = query.LanguageCode,
            ["cefr"] = query.MinLanguageLevel?.ToString(),
            ["from"] = query.AvailableFrom?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["to"] = query.AvailableTo?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        };
        return QueryHelpers.AddQueryString("", values.Where(v => v.Value is not null));
    }

    /// <summary>The query of a request; a value that does not parse is left out.</summary>
    public static SkillsMapQuery Parse(IQueryCollection values)
    {
        ArgumentNullException.ThrowIfNull(values);
        return new SkillsMapQuery
        {
            SkillId = int.TryParse(values["skill"], NumberStyles.None, CultureInfo.InvariantCulture, out var skill) ? skill : null,
            LanguageCode = string.IsNullOrWhiteSpace(values["lang"]) ? null : values["lang"].ToString(),
            MinLanguageLevel = Enum.TryParse<CefrLevel>(values["cefr"], ignoreCase: true, out var level) && Enum.IsDefined(level) ? level : null,
            AvailableFrom = Date(values["from"]),
            AvailableTo = Date(values["to"]),
        };
    }

    private static DateOnly? Date(string? value) =>
        DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;
}
