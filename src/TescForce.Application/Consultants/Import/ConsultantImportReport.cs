namespace TescForce.Application.Consultants.Import;

/// <summary>
/// What a dry run found, or what an import did (<see cref="Committed"/>): counts per action, the
/// file-level errors (the file is refused), the warnings, every row error and a preview.
/// </summary>
/// <param name="Rows">The data rows of the file (blank rows are not counted).</param>
/// <param name="Creates">Profiles created, or to create in a dry run.</param>
/// <param name="Updates">Profiles updated, or to update in a dry run.</param>
/// <param name="Unchanged">Rows identical to their profile: nothing written.</param>
/// <param name="Invalid">Rows with at least one error: never imported.</param>
/// <param name="Delimiter">The delimiter found in the header, when the file could be read.</param>
public sealed record ConsultantImportReport(
    bool Committed,
    int Rows,
    int Creates,
    int Updates,
    int Unchanged,
    int Invalid,
    char? Delimiter,
    IReadOnlyList<ImportIssue> FileErrors,
    IReadOnlyList<ImportIssue> Warnings,
    IReadOnlyList<ImportIssue> RowErrors,
    IReadOnlyList<ImportPreviewRow> Preview)
{
    public const int PreviewSize = 10;

    /// <summary>Whether importing this file would write something with these options.</summary>
    public bool CanImport(bool allOrNothing) =>
        FileErrors.Count == 0 && Creates + Updates > 0 && !(allOrNothing && Invalid > 0);

    internal static ConsultantImportReport Refused(IReadOnlyList<ImportIssue> fileErrors, IReadOnlyList<ImportIssue>? warnings = null, char? delimiter = null, int rows = 0) =>
        new(false, rows, 0, 0, 0, 0, delimiter, fileErrors, warnings ?? [], [], []);
}
