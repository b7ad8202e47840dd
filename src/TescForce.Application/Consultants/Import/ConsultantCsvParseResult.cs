namespace TescForce.Application.Consultants.Import;

/// <summary>An import file read into rows, or the reasons it cannot be read at all.</summary>
/// <param name="FileErrors">When not empty, the file is refused as a whole and nothing is imported.</param>
/// <param name="Warnings">Worth knowing but not blocking (columns the import ignores).</param>
/// <param name="Columns">The import columns the header has.</param>
public sealed record ConsultantCsvParseResult(
    char Delimiter,
    IReadOnlyList<ImportIssue> FileErrors,
    IReadOnlyList<ImportIssue> Warnings,
    IReadOnlyList<ParsedConsultantRow> Rows,
    IReadOnlySet<string> Columns)
{
    public static ConsultantCsvParseResult Refused(params ImportIssue[] errors) =>
        new(ConsultantCsvFormat.ExportDelimiter, errors, [], [], new HashSet<string>());
}
