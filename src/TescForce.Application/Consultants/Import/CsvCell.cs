using System.Globalization;
using TescForce.Application.Skills;

namespace TescForce.Application.Consultants.Import;

/// <summary>A non-empty, trimmed cell being read into its row, with helpers that report what is wrong with it.</summary>
internal readonly record struct CsvCell(string Text, ParsedConsultantRow Row, string Column, Func<string, SkillResolution> ResolveSkill)
{
    public ConsultantInput Input => Row.Input;

    public void Error(string code, string message, params string[] arguments) =>
        Row.Errors.Add(new ImportIssue(Row.Line, Column, code, message, arguments, []));

    public void Error(string code, string message, IReadOnlyList<string> suggestions, params string[] arguments) =>
        Row.Errors.Add(new ImportIssue(Row.Line, Column, code, message, arguments, suggestions));

    public bool TryInt(out int value)
    {
        if (int.TryParse(Text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out value))
        {
            return true;
        }

        Error(ImportIssueCodes.RowInteger, Messages.Format(Messages.Consultants_ImportNotWholeNumber, Text), Text);
        return false;
    }

    public bool TryDate(out DateOnly value)
    {
        if (DateOnly.TryParseExact(Text, ConsultantCsvFormat.DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out value))
        {
            return true;
        }

        Error(ImportIssueCodes.RowDate, Messages.Format(Messages.Consultants_ImportNotDate, Text, ConsultantCsvFormat.DateFormat), Text);
        return false;
    }

    public bool TryTime(out TimeOnly value)
    {
        if (TimeOnly.TryParseExact(Text, ["HH:mm", "H:mm"], CultureInfo.InvariantCulture, DateTimeStyles.None, out value))
        {
            return true;
        }

        Error(ImportIssueCodes.RowTime, Messages.Format(Messages.Consultants_ImportNotTime, Text), Text);
        return false;
    }
}
