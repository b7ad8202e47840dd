using System.Globalization;
using Microsoft.Extensions.Localization;
using TescForce.Application.SkillsMap;
using TescForce.Web.Localization;

namespace TescForce.Web.Components.Pages.SkillsMap;

/// <summary>
/// The breakdowns of a map as labelled tables in the reader's language: the tables beside the charts and
/// the sheets of the exports are these, so that an export is what the page shows. A hidden count is a text.
/// </summary>
public static class SkillsMapTables
{
    public const int Families = 0;

    public static IReadOnlyList<SkillsMapTable> Build(SkillsMapResult map, IStringLocalizer<SharedResource> l)
    {
        ArgumentNullException.ThrowIfNull(map);
        ArgumentNullException.ThrowIfNull(l);
        var consultants = l["SkillsMap_Consultants"].Value;
        var tables = new List<SkillsMapTable>
        {
            new(map.Node is { } node ? string.Format(CultureInfo.CurrentCulture, l["SkillsMap_FamiliesUnder"], node.Label) : l["SkillsMap_Families"],
                [l["SkillsMap_Family"], consultants],
                [.. map.Families.Select(f => Row(f.Label, Cell(f.Count, false, l)))]),
        };
        if (!map.IsPublic)
        {
            tables.Add(new(l["SkillsMap_Companies"], [l["SkillsMap_Company"], consultants],
                [.. map.Companies.Select(c => Row(c.Label, Cell(c.Count, false, l)))]));
        }

        tables.Add(new(l["SkillsMap_Seniority"], [l["SkillsMap_Band"], consultants],
            [.. map.Seniority.Select(s => Row(l["Seniority_" + s.Key].Value, Cell(s.Count, s.HiddenToProtectOthers, l)))]));
        tables.Add(new(l["SkillsMap_Languages"],
            [l["SkillsMap_LanguageColumn"], l["SkillsMap_AllLevels"], .. Enum.GetNames<Domain.Consultants.CefrLevel>()],
            [.. map.Languages.Select(lang => (IReadOnlyList<object>)[LanguageNames.Display(lang.Code), Cell(lang.Count, false, l),
                .. lang.Levels.Select(c => Cell(c.Count, c.HiddenToProtectOthers, l))])]));
        tables.Add(new(l["SkillsMap_Timeline"], [l["SkillsMap_Week"], consultants],
            [.. map.Weeks.Select(w => Row(w.Start.ToString("d", CultureInfo.CurrentCulture), Cell(w.Count, false, l)))]));
        return tables;
    }

    /// <summary>The count, or why it is not shown.</summary>
    public static object Cell(int? count, bool protectsOthers, IStringLocalizer<SharedResource> l) =>
        count is { } value ? value : protectsOthers ? l["SkillsMap_HiddenForOthers"].Value : l["SkillsMap_FewerThan5"].Value;

    private static IReadOnlyList<object> Row(string label, object count) => [label, count];
}
