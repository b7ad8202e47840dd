using System.Globalization;
using TescForce.Application.Common.Csv;
using TescForce.Domain.Consultants;

namespace TescForce.Application.Consultants.Import;

/// <summary>
/// The CSV format of consultant profiles, shared by the import, the export and the template (see
/// docs/csv-import.md). Values are invariant: dates <c>yyyy-MM-dd</c>, times <c>HH:mm</c>, whole numbers;
/// lists are separated by <c>|</c>; skills are <c>label:level</c> or <c>label:level:years</c>, languages
/// <c>code:level</c>.
/// </summary>
public static class ConsultantCsvFormat
{
    /// <summary>
    /// What the export and the template use: French Excel opens a <c>;</c> file in columns with a double
    /// click, and commas are common inside summaries. The import also accepts <c>,</c>.
    /// </summary>
    public const char ExportDelimiter = ';';

    public const char ListSeparator = '|';
    public const char LevelSeparator = ':';
    public const string DateFormat = "yyyy-MM-dd";
    public const string TimeFormat = "HH:mm";

    /// <summary>About 20,000 full rows; the page and the service both refuse anything bigger before reading it.</summary>
    public const long MaxFileBytes = 10 * 1024 * 1024;

    public const int MaxRows = 20_000;

    /// <summary>A skill may be written by its id (<c>#123:4</c>): the export does so for the few labels shared by two skills.</summary>
    public const char SkillIdPrefix = '#';

    public static IReadOnlyList<ConsultantCsvColumn> Columns { get; } = BuildColumns();

    /// <summary>The columns the import reads, in the order of the template.</summary>
    public static IReadOnlyList<ConsultantCsvColumn> ImportColumns { get; } = [.. Columns.Where(c => c.Use != CsvColumnUse.ExportOnly)];

    private static readonly Dictionary<string, ConsultantCsvColumn> ByName = Columns.ToDictionary(c => c.Name, StringComparer.Ordinal);

    public static ConsultantCsvColumn? Find(string name) => ByName.GetValueOrDefault(name);

    /// <summary>A header cell as a column name: case, surrounding spaces, inner spaces and dashes do not matter.</summary>
    public static string NormalizeHeader(string header) =>
        header.Trim().ToLowerInvariant().Replace(' ', '_').Replace('-', '_');

    public static string RemoteToken(RemotePreference preference) => preference switch
    {
        RemotePreference.FullyRemote => "fully_remote",
        RemotePreference.RemoteWithTravel => "remote_with_travel",
        RemotePreference.Flexible => "flexible",
        _ => preference.ToString(),
    };

    public static string StatusToken(ConsultantStatus status) => status.ToString().ToLowerInvariant();

    /// <summary>The column of a <see cref="ConsultantInput"/> property, for placing validation messages.</summary>
    public static string? ColumnOfField(string field) =>
        Columns.FirstOrDefault(c => c.Field == field)?.Name;

    private static List<ConsultantCsvColumn> BuildColumns() =>
    [
        new("external_reference", CsvColumnUse.Required, nameof(ConsultantInput.ExternalReference), _ => "E-1042",
            r => r.Input.ExternalReference ?? "", c => c.Input.ExternalReference = c.Text),
        new("full_name", CsvColumnUse.Required, nameof(ConsultantInput.FullName), _ => "Camille Martin",
            r => r.Input.FullName, c => c.Input.FullName = c.Text),
        new("email", CsvColumnUse.Required, nameof(ConsultantInput.Email), _ => "camille.martin@example.com",
            r => r.Input.Email, c => c.Input.Email = c.Text),
        new("headline", CsvColumnUse.Required, nameof(ConsultantInput.Headline), _ => "Senior embedded software engineer",
            r => r.Input.Headline, c => c.Input.Headline = c.Text),
        new("summary", CsvColumnUse.Optional, nameof(ConsultantInput.Summary),
            _ => "Flight software to DO-178C level A in C and Ada; model-based design.",
            r => r.Input.Summary, c => c.Input.Summary = c.Text, (from, to) => to.Summary = from.Summary),
        new("seniority_years", CsvColumnUse.Required, nameof(ConsultantInput.SeniorityYears), _ => "12",
            r => Int(r.Input.SeniorityYears), c => ReadInt(c, v => c.Input.SeniorityYears = v)),
        new("city", CsvColumnUse.Required, nameof(ConsultantInput.City), _ => "Toulouse",
            r => r.Input.City, c => c.Input.City = c.Text),
        new("country", CsvColumnUse.Optional, nameof(ConsultantInput.CountryCode), _ => "FR",
            r => r.Input.CountryCode, c => c.Input.CountryCode = c.Text.ToUpperInvariant(), (from, to) => to.CountryCode = from.CountryCode),
        new("remote_preference", CsvColumnUse.Optional, nameof(ConsultantInput.RemotePreference), _ => "remote_with_travel",
            r => RemoteToken(r.Input.RemotePreference), ReadRemotePreference, (from, to) => to.RemotePreference = from.RemotePreference),
        new("daily_rate_eur", CsvColumnUse.Required, nameof(ConsultantInput.DailyRateEur), _ => "650",
            r => Int(r.Input.DailyRateEur), c => ReadInt(c, v => c.Input.DailyRateEur = v)),
        new("time_zone", CsvColumnUse.Optional, nameof(ConsultantInput.TimeZone), _ => "Europe/Paris",
            r => r.Input.TimeZone, c => c.Input.TimeZone = c.Text, (from, to) => to.TimeZone = from.TimeZone),
        new("workday_start", CsvColumnUse.Optional, nameof(ConsultantInput.WorkdayStart), _ => "09:00",
            r => Time(r.Input.WorkdayStart), c => ReadTime(c, v => c.Input.WorkdayStart = v), (from, to) => to.WorkdayStart = from.WorkdayStart),
        new("workday_end", CsvColumnUse.Optional, nameof(ConsultantInput.WorkdayEnd), _ => "18:00",
            r => Time(r.Input.WorkdayEnd), c => ReadTime(c, v => c.Input.WorkdayEnd = v), (from, to) => to.WorkdayEnd = from.WorkdayEnd),
        new("available_from", CsvColumnUse.Required, nameof(ConsultantInput.AvailableFrom), Date,
            r => Date(r.Input.AvailableFrom), c => ReadDate(c, v => c.Input.AvailableFrom = v)),
        new("available_until", CsvColumnUse.Optional, nameof(ConsultantInput.AvailableUntil), today => Date(today.AddMonths(6)),
            r => r.Input.AvailableUntil is { } until ? Date(until) : "", c => ReadDate(c, v => c.Input.AvailableUntil = v),
            (from, to) => to.AvailableUntil = from.AvailableUntil),
        new("capacity_percent", CsvColumnUse.Optional, nameof(ConsultantInput.CapacityPercent), _ => "80",
            r => Int(r.Input.CapacityPercent), c => ReadInt(c, v => c.Input.CapacityPercent = v), (from, to) => to.CapacityPercent = from.CapacityPercent),
        new("skills", CsvColumnUse.Optional, nameof(ConsultantInput.Skills), _ => "Kubernetes:4:3|C++:5:10|systèmes embarqués:5|machine learning:2",
            WriteSkills, ReadSkills,
            (from, to) => to.Skills = [.. from.Skills.Select(s => new SkillInput { SkillTagId = s.SkillTagId, Level = s.Level, Years = s.Years })]),
        new("languages", CsvColumnUse.Optional, nameof(ConsultantInput.Languages), _ => "fr:C2|en:C1",
            r => string.Join(ListSeparator, r.Input.Languages.Select(l => $"{l.Code}{LevelSeparator}{l.Level}")), ReadLanguages,
            (from, to) => to.Languages = [.. from.Languages.Select(l => new LanguageInput { Code = l.Code, Level = l.Level })]),
        new("sectors", CsvColumnUse.Optional, nameof(ConsultantInput.Sectors), _ => "aerospace|space",
            r => string.Join(ListSeparator, r.Input.Sectors), c => c.Input.Sectors = [.. List(c.Text).Select(s => s.ToLowerInvariant())],
            (from, to) => to.Sectors = [.. from.Sectors]),
        new("certifications", CsvColumnUse.Optional, nameof(ConsultantInput.Certifications), _ => "ISTQB Foundation|PMP",
            r => string.Join(ListSeparator, r.Input.Certifications), c => c.Input.Certifications = [.. List(c.Text)],
            (from, to) => to.Certifications = [.. from.Certifications]),
        new("consent_date", CsvColumnUse.Optional, null, Date,
            r => r.ConsentDate is { } date ? Date(date) : "", c => ReadDate(c, v => c.Row.ConsentDate = v)),
        new("consent_method", CsvColumnUse.Optional, null, _ => "signed form",
            r => r.ConsentMethod ?? "", c => c.Row.ConsentMethod = c.Text),
        new("reference", CsvColumnUse.ExportOnly, null, _ => "TF-7K3QX2", r => r.Reference),
        new("status", CsvColumnUse.ExportOnly, null, _ => "draft", r => StatusToken(r.Status)),
    ];

    private static IReadOnlyList<string> List(string cell) => CsvReader.SplitMulti(cell, ListSeparator);

    private static string Int(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Date(DateOnly value) => value.ToString(DateFormat, CultureInfo.InvariantCulture);

    private static string Time(TimeOnly value) => value.ToString(TimeFormat, CultureInfo.InvariantCulture);

    private static void ReadInt(CsvCell cell, Action<int> set)
    {
        if (cell.TryInt(out var value))
        {
            set(value);
        }
    }

    private static void ReadDate(CsvCell cell, Action<DateOnly> set)
    {
        if (cell.TryDate(out var value))
        {
            set(value);
        }
    }

    private static void ReadTime(CsvCell cell, Action<TimeOnly> set)
    {
        if (cell.TryTime(out var value))
        {
            set(value);
        }
    }

    private static void ReadRemotePreference(CsvCell cell)
    {
        var token = cell.Text.ToLowerInvariant().Replace('-', '_').Replace(' ', '_');
        var match = Enum.GetValues<RemotePreference>().Where(p => RemoteToken(p) == token || p.ToString().Equals(cell.Text, StringComparison.OrdinalIgnoreCase)).ToList();
        if (match.Count == 1)
        {
            cell.Input.RemotePreference = match[0];
            return;
        }

        var allowed = string.Join(", ", Enum.GetValues<RemotePreference>().Select(RemoteToken));
        cell.Error(ImportIssueCodes.RowRemotePreference, Messages.Format(Messages.Consultants_ImportNotOneOf, cell.Text, allowed), cell.Text, allowed);
    }

    private static string WriteSkills(ConsultantCsvExportRow row) =>
        string.Join(ListSeparator, row.Input.Skills.Select(s =>
            string.Join(LevelSeparator, row.SkillLabel(s.SkillTagId), Int(s.Level), Int(s.Years))));

    /// <summary>
    /// <c>label:level</c> or <c>label:level:years</c>, split from the right because a few synonyms hold a
    /// colon (<c>MISRA C:2012</c>); a level is one digit, so <c>MISRA C:2012:4</c> is level 4 of "MISRA C:2012".
    /// </summary>
    private static void ReadSkills(CsvCell cell)
    {
        foreach (var item in List(cell.Text))
        {
            var parts = item.Split(LevelSeparator);
            string label;
            string levelText;
            string? yearsText = null;
            if (parts.Length >= 3 && IsInteger(parts[^1]) && parts[^2].Trim() is { Length: 1 } digit && char.IsAsciiDigit(digit[0]))
            {
                label = string.Join(LevelSeparator, parts[..^2]);
                levelText = parts[^2];
                yearsText = parts[^1];
            }
            else if (parts.Length >= 2 && IsInteger(parts[^1]))
            {
                label = string.Join(LevelSeparator, parts[..^1]);
                levelText = parts[^1];
            }
            else
            {
                label = "";
                levelText = "";
            }

            label = label.Trim();
            if (label.Length == 0)
            {
                cell.Error(ImportIssueCodes.RowSkillFormat,
                    Messages.Format(Messages.Consultants_ImportSkillFormat, item, LevelSeparator), item);
                continue;
            }

            if (ResolveSkill(cell, label) is not { } skillId)
            {
                continue;
            }

            var skill = new SkillInput { SkillTagId = skillId, Level = ParseInteger(levelText) };
            if (yearsText is null)
            {
                cell.Row.SkillsWithoutYears.Add(skillId);
                skill.Years = 0;
            }
            else
            {
                skill.Years = ParseInteger(yearsText);
            }

            cell.Input.Skills.Add(skill);
        }
    }

    private static int? ResolveSkill(CsvCell cell, string label)
    {
        if (label[0] == SkillIdPrefix && int.TryParse(label.AsSpan(1), NumberStyles.None, CultureInfo.InvariantCulture, out var id))
        {
            // Whether the id exists and is active is the validator's question.
            return id;
        }

        var resolution = cell.ResolveSkill(label);
        if (resolution.SkillId is { } resolved)
        {
            return resolved;
        }

        var suggestions = resolution.Suggestions.Select(s => s.Label).Distinct(StringComparer.Ordinal).ToList();
        cell.Error(ImportIssueCodes.RowSkillUnknown, Messages.Format(Messages.Consultants_ImportSkillUnknown, label), suggestions, label);
        return null;
    }

    private static void ReadLanguages(CsvCell cell)
    {
        foreach (var item in List(cell.Text))
        {
            var parts = item.Split(LevelSeparator, StringSplitOptions.TrimEntries);
            if (parts.Length == 2 && parts[0].Length > 0 && !int.TryParse(parts[1], out _)
                && Enum.TryParse<CefrLevel>(parts[1], ignoreCase: true, out var level) && Enum.IsDefined(level))
            {
                cell.Input.Languages.Add(new LanguageInput { Code = parts[0].ToLowerInvariant(), Level = level });
            }
            else
            {
                cell.Error(ImportIssueCodes.RowLanguageFormat,
                    Messages.Format(Messages.Consultants_ImportLanguageFormat, item, LevelSeparator), item);
            }
        }
    }

    private static bool IsInteger(string text) => int.TryParse(text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out _);

    private static int ParseInteger(string text) => int.Parse(text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture);
}
