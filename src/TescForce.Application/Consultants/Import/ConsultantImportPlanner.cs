using TescForce.Application.Common;
using TescForce.Domain.Consultants;

namespace TescForce.Application.Consultants.Import;

/// <summary>
/// Decides, in memory, what each parsed row does to the company's profiles: merges it with the profile
/// that has its external reference, validates the result with <see cref="ConsultantInputValidator"/>
/// (the rules of the form and the API) and tells creations, updates and unchanged rows apart.
/// </summary>
public static class ConsultantImportPlanner
{
    public static IReadOnlyList<PlannedImportRow> Plan(
        ConsultantCsvParseResult parsed,
        IReadOnlyDictionary<string, ExistingConsultant> existingByExternalReference,
        IReadOnlySet<int> activeSkillIds,
        DateOnly today)
    {
        var absentOptional = ConsultantCsvFormat.ImportColumns
            .Where(c => c.Use == CsvColumnUse.Optional && !parsed.Columns.Contains(c.Name))
            .ToList();
        var plan = new List<PlannedImportRow>(parsed.Rows.Count);
        foreach (var row in parsed.Rows)
        {
            plan.Add(PlanRow(row, existingByExternalReference, absentOptional, activeSkillIds, today));
        }

        return plan;
    }

    private static PlannedImportRow PlanRow(
        ParsedConsultantRow row,
        IReadOnlyDictionary<string, ExistingConsultant> existingByExternalReference,
        List<ConsultantCsvColumn> absentOptional,
        IReadOnlySet<int> activeSkillIds,
        DateOnly today)
    {
        var errors = new List<ImportIssue>(row.Errors);
        var input = row.Input;
        input.ExternalReference = input.ExternalReference?.Trim();
        ExistingConsultant? current = null;
        if (!string.IsNullOrEmpty(input.ExternalReference) && existingByExternalReference.TryGetValue(input.ExternalReference, out current))
        {
            Merge(row, current, absentOptional);
        }

        if (row.Errors.Any(e => e.Code == ImportIssueCodes.RowFieldCount))
        {
            return new PlannedImportRow(row.Line, ImportRowAction.Invalid, input, current?.Id, null, errors);
        }

        AddValidation(errors, row.Line, ConsultantInputValidator.Validate(input, activeSkillIds));
        (DateOnly Date, string Method)? consent = null;
        if (row.ConsentDate is { } date && !string.IsNullOrWhiteSpace(row.ConsentMethod))
        {
            AddValidation(errors, row.Line, ConsultantInputValidator.ValidateConsent(date, row.ConsentMethod, today));
            consent = (date, row.ConsentMethod.Trim());
            if (current is not null && current.ConsentDate == date && current.ConsentMethod == consent.Value.Method)
            {
                consent = null;
            }
        }

        if (errors.Count > 0)
        {
            return new PlannedImportRow(row.Line, ImportRowAction.Invalid, input, current?.Id, null, errors);
        }

        if (current is null)
        {
            return new PlannedImportRow(row.Line, ImportRowAction.Create, input, null, consent, errors);
        }

        if (consent is null && SameProfile(input, current.Input))
        {
            return new PlannedImportRow(row.Line, ImportRowAction.Unchanged, input, current.Id, null, errors);
        }

        if (current.Status == ConsultantStatus.Archived)
        {
            errors.Add(new ImportIssue(row.Line, null, ImportIssueCodes.RowArchived,
                Messages.Consultants_ProfileArchivedArchivedProfile, [], []));
            return new PlannedImportRow(row.Line, ImportRowAction.Invalid, input, current.Id, null, errors);
        }

        return new PlannedImportRow(row.Line, ImportRowAction.Update, input, current.Id, consent, errors);
    }

    /// <summary>Columns the file does not have keep the profile's values; skills without years keep theirs.</summary>
    private static void Merge(ParsedConsultantRow row, ExistingConsultant current, List<ConsultantCsvColumn> absentOptional)
    {
        foreach (var column in absentOptional)
        {
            column.Keep?.Invoke(current.Input, row.Input);
        }

        var currentYears = current.Input.Skills.ToDictionary(s => s.SkillTagId, s => s.Years);
        foreach (var skill in row.Input.Skills.Where(s => row.SkillsWithoutYears.Contains(s.SkillTagId)))
        {
            skill.Years = currentYears.GetValueOrDefault(skill.SkillTagId);
        }

        row.Input.Version = current.Input.Version;
    }

    /// <summary>The validator's messages, on their columns, except where reading the cell already failed.</summary>
    private static void AddValidation(List<ImportIssue> errors, int line, Dictionary<string, List<string>> validation)
    {
        foreach (var (field, messages) in validation)
        {
            var column = field switch
            {
                "ConsentRecordedAt" => "consent_date",
                "ConsentMethod" => "consent_method",
                _ => ConsultantCsvFormat.ColumnOfField(field),
            };
            if (column is not null && errors.Any(e => e.Column == column && e.Code != ImportIssueCodes.Validation))
            {
                continue;
            }

            errors.AddRange(messages.Select(m => new ImportIssue(line, column, ImportIssueCodes.Validation, m, [], [])));
        }
    }

    /// <summary>Whether saving <paramref name="input"/> would leave the profile as it is, compared as the mapper stores it.</summary>
    internal static bool SameProfile(ConsultantInput input, ConsultantInput current)
    {
        var a = Normalize(input);
        var b = Normalize(current);
        return a.FullName == b.FullName && a.Email == b.Email && a.ExternalReference == b.ExternalReference
            && a.Headline == b.Headline && a.Summary == b.Summary && a.SeniorityYears == b.SeniorityYears
            && a.City == b.City && a.CountryCode == b.CountryCode && a.RemotePreference == b.RemotePreference
            && a.DailyRateEur == b.DailyRateEur && a.TimeZone == b.TimeZone && a.WorkdayStart == b.WorkdayStart
            && a.WorkdayEnd == b.WorkdayEnd && a.AvailableFrom == b.AvailableFrom && a.AvailableUntil == b.AvailableUntil
            && a.CapacityPercent == b.CapacityPercent
            && a.Sectors.SequenceEqual(b.Sectors, StringComparer.Ordinal)
            && a.Certifications.SequenceEqual(b.Certifications, StringComparer.Ordinal)
            && a.Skills.Select(s => (s.SkillTagId, s.Level, s.Years)).SequenceEqual(b.Skills.Select(s => (s.SkillTagId, s.Level, s.Years)))
            && a.Languages.Select(l => (l.Code, l.Level)).SequenceEqual(b.Languages.Select(l => (l.Code, l.Level)));
    }

    private static ConsultantInput Normalize(ConsultantInput input)
    {
        var scratch = new Consultant { Reference = "", FullName = "", Email = "", Headline = "", City = "" };
        ConsultantMapper.Apply(input, scratch);
        return ConsultantMapper.ToInput(scratch);
    }
}
