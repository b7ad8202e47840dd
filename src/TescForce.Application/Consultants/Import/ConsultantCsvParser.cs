using System.Buffers;
using System.Text;
using System.Text.Unicode;
using TescForce.Application.Common.Csv;
using TescForce.Application.Skills;

namespace TescForce.Application.Consultants.Import;

/// <summary>
/// Reads an import file (bytes) into <see cref="ConsultantInput"/> rows. It checks what the file is
/// (size, encoding, binary content, header) and how each cell is written; whether the values are
/// acceptable is <see cref="ConsultantInputValidator"/>'s job, run later on the merged profile.
/// </summary>
public static class ConsultantCsvParser
{
    private static string SaveAsUtf8 => Messages.Consultants_ExcelUseFileSave;

    /// <summary>
    /// Reads at most <see cref="ConsultantCsvFormat.MaxFileBytes"/> bytes; null when the stream holds more,
    /// so that a huge upload is refused without being read to its end.
    /// </summary>
    public static async Task<byte[]?> ReadLimitedAsync(Stream stream, CancellationToken cancellationToken = default)
    {
        if (stream.CanSeek && stream.Length - stream.Position > ConsultantCsvFormat.MaxFileBytes)
        {
            return null;
        }

        using var buffer = new MemoryStream();
        var chunk = ArrayPool<byte>.Shared.Rent(81920);
        try
        {
            int read;
            while ((read = await stream.ReadAsync(chunk, cancellationToken)) > 0)
            {
                if (buffer.Length + read > ConsultantCsvFormat.MaxFileBytes)
                {
                    return null;
                }

                buffer.Write(chunk, 0, read);
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(chunk);
        }

        return buffer.ToArray();
    }

    public static ImportIssue TooLarge() => ImportIssue.ForFile(ImportIssueCodes.FileTooLarge,
        Messages.Format(Messages.Consultants_FileLargerThanMB, ConsultantCsvFormat.MaxFileBytes / (1024 * 1024)),
        (ConsultantCsvFormat.MaxFileBytes / (1024 * 1024)).ToString(System.Globalization.CultureInfo.InvariantCulture));

    /// <param name="resolveSkill">Maps a skill label to the taxonomy (<see cref="SkillCatalogue.CreateResolverAsync"/>).</param>
    public static ConsultantCsvParseResult Parse(ReadOnlySpan<byte> content, Func<string, SkillResolution> resolveSkill)
    {
        if (content.Length > ConsultantCsvFormat.MaxFileBytes)
        {
            return ConsultantCsvParseResult.Refused(TooLarge());
        }

        if (Decode(content, out var error) is not { } text)
        {
            return ConsultantCsvParseResult.Refused(error!);
        }

        var delimiter = DetectDelimiter(text);
        var records = new List<CsvRecord>();
        try
        {
            foreach (var record in CsvReader.Read(new StringReader(text), delimiter))
            {
                // One more than allowed (plus the header) is enough to know the file is too long.
                if (records.Count > ConsultantCsvFormat.MaxRows + 1)
                {
                    break;
                }

                if (records.Count == 0 || record.Fields.Any(f => !string.IsNullOrWhiteSpace(f)))
                {
                    records.Add(record);
                }
            }
        }
        catch (CsvFormatException ex)
        {
            return ConsultantCsvParseResult.Refused(ImportIssue.ForFile(ImportIssueCodes.FileMalformed,
                Messages.Format(Messages.Consultants_LineQuotedValueNot, ex.Line),
                ex.Line.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }

        if (records.Count == 0)
        {
            return ConsultantCsvParseResult.Refused(Empty());
        }

        var fileErrors = new List<ImportIssue>();
        var warnings = new List<ImportIssue>();
        var columns = ReadHeader(records[0], fileErrors, warnings);
        var dataRows = records.Count - 1;
        if (dataRows == 0)
        {
            fileErrors.Add(ImportIssue.ForFile(ImportIssueCodes.FileNoRows, Messages.Consultants_FileHeaderButNo));
        }
        else if (dataRows > ConsultantCsvFormat.MaxRows)
        {
            fileErrors.Add(ImportIssue.ForFile(ImportIssueCodes.FileTooManyRows,
                Messages.Format(Messages.Consultants_FileMoreThanN0, ConsultantCsvFormat.MaxRows),
                ConsultantCsvFormat.MaxRows.ToString("N0", System.Globalization.CultureInfo.InvariantCulture)));
        }

        var present = new HashSet<string>(columns.Where(c => c is not null).Select(c => c!.Name), StringComparer.Ordinal);
        if (fileErrors.Count > 0)
        {
            return new ConsultantCsvParseResult(delimiter, fileErrors, warnings, [], present);
        }

        var rows = new List<ParsedConsultantRow>(dataRows);
        var skillCache = new Dictionary<string, SkillResolution>(StringComparer.Ordinal);
        SkillResolution Resolve(string label)
        {
            if (!skillCache.TryGetValue(label, out var resolution))
            {
                skillCache[label] = resolution = resolveSkill(label);
            }

            return resolution;
        }

        foreach (var record in records.Skip(1))
        {
            rows.Add(ReadRow(record, columns, Resolve));
        }

        CheckDuplicateReferences(rows, fileErrors);
        return new ConsultantCsvParseResult(delimiter, fileErrors, warnings, rows, present);
    }

    /// <summary>
    /// The delimiter the header line uses more of, outside quotes: the header has at least five columns,
    /// so there is no doubt between <c>;</c> and <c>,</c>.
    /// </summary>
    public static char DetectDelimiter(string text)
    {
        int semicolons = 0, commas = 0;
        var inQuotes = false;
        foreach (var c in text)
        {
            if (c == '"')
            {
                inQuotes = !inQuotes;
            }
            else if (!inQuotes && (c == '\n' || c == '\r'))
            {
                break;
            }
            else if (!inQuotes && c == ';')
            {
                semicolons++;
            }
            else if (!inQuotes && c == ',')
            {
                commas++;
            }
        }

        return semicolons >= commas && semicolons > 0 ? ';' : ',';
    }

    private static string? Decode(ReadOnlySpan<byte> content, out ImportIssue? error)
    {
        error = null;
        if (content.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || content.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            error = ImportIssue.ForFile(ImportIssueCodes.FileUtf16,
                Messages.Consultants_FileIsUtf16 + " " + SaveAsUtf8);
            return null;
        }

        if (content.IndexOf((byte)0) >= 0)
        {
            error = ImportIssue.ForFile(ImportIssueCodes.FileBinary,
                Messages.Consultants_FileIsBinary + " " + SaveAsUtf8);
            return null;
        }

        if (content.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            content = content[3..];
        }

        if (!Utf8.IsValid(content))
        {
            var line = InvalidUtf8Line(content);
            error = ImportIssue.ForFile(ImportIssueCodes.FileEncoding,
                Messages.Format(Messages.Consultants_FileNotUtf8, line) + " " + SaveAsUtf8,
                line.ToString(System.Globalization.CultureInfo.InvariantCulture));
            return null;
        }

        var text = Encoding.UTF8.GetString(content);
        if (string.IsNullOrWhiteSpace(text))
        {
            error = Empty();
            return null;
        }

        return text;
    }

    private static int InvalidUtf8Line(ReadOnlySpan<byte> content)
    {
        var chars = new char[Encoding.UTF8.GetMaxCharCount(content.Length)];
        Utf8.ToUtf16(content, chars, out var valid, out _, replaceInvalidSequences: false);
        return content[..valid].Count((byte)'\n') + 1;
    }

    private static ImportIssue Empty() => ImportIssue.ForFile(ImportIssueCodes.FileEmpty, Messages.Consultants_FileEmpty);

    /// <summary>The column of each header cell, null for the cells the import ignores.</summary>
    private static ConsultantCsvColumn?[] ReadHeader(CsvRecord header, List<ImportIssue> fileErrors, List<ImportIssue> warnings)
    {
        var columns = new ConsultantCsvColumn?[header.Fields.Count];
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < header.Fields.Count; i++)
        {
            var name = ConsultantCsvFormat.NormalizeHeader(header.Fields[i]);
            if (name.Length > 0 && !seen.Add(name))
            {
                fileErrors.Add(ImportIssue.ForFile(ImportIssueCodes.FileDuplicateColumn, Messages.Format(Messages.Consultants_ColumnAppearsTwiceHeader, name), name));
                continue;
            }

            var column = ConsultantCsvFormat.Find(name);
            if (column is null)
            {
                var shown = name.Length > 0 ? name : $"#{i + 1}";
                warnings.Add(new ImportIssue(1, shown, ImportIssueCodes.UnknownColumn,
                    Messages.Format(Messages.Consultants_ColumnNotPartFormat, shown), [shown], []));
            }
            else if (column.Use != CsvColumnUse.ExportOnly)
            {
                columns[i] = column;
            }
        }

        var missing = ConsultantCsvFormat.ImportColumns.Where(c => c.Use == CsvColumnUse.Required && !seen.Contains(c.Name)).Select(c => c.Name).ToList();
        if (missing.Count > 0)
        {
            var list = string.Join(", ", missing);
            fileErrors.Add(ImportIssue.ForFile(ImportIssueCodes.FileMissingColumns,
                Messages.Format(Messages.Consultants_HeaderLacksRequiredColumns, list), list));
        }

        return columns;
    }

    private static ParsedConsultantRow ReadRow(CsvRecord record, ConsultantCsvColumn?[] columns, Func<string, SkillResolution> resolveSkill)
    {
        var row = new ParsedConsultantRow(record.Line);
        if (record.Fields.Count != columns.Length)
        {
            row.Errors.Add(new ImportIssue(record.Line, null, ImportIssueCodes.RowFieldCount,
                Messages.Format(Messages.Consultants_RowValuesWhereHeader, record.Fields.Count, columns.Length),
                [record.Fields.Count.ToString(System.Globalization.CultureInfo.InvariantCulture), columns.Length.ToString(System.Globalization.CultureInfo.InvariantCulture)], []));
            return row;
        }

        for (var i = 0; i < columns.Length; i++)
        {
            if (columns[i] is not { } column)
            {
                continue;
            }

            var text = UnguardFormula(record.Fields[i].Trim());
            if (text.Length == 0)
            {
                if (column.Use == CsvColumnUse.Required)
                {
                    row.Errors.Add(new ImportIssue(record.Line, column.Name, ImportIssueCodes.RowRequired, Messages.Consultants_ValueRequired, [], []));
                }

                continue;
            }

            column.Read?.Invoke(new CsvCell(text, row, column.Name, resolveSkill));
        }

        if ((row.ConsentDate is null) != string.IsNullOrWhiteSpace(row.ConsentMethod)
            && !row.Errors.Any(e => e.Column == "consent_date"))
        {
            row.Errors.Add(new ImportIssue(record.Line, row.ConsentDate is null ? "consent_date" : "consent_method", ImportIssueCodes.RowConsentIncomplete,
                Messages.Consultants_GiveBothConsentDate, [], []));
        }

        return row;
    }

    /// <summary>
    /// The export writes <c>'</c> before a text that starts like a formula (=, +, -, @) so that a
    /// spreadsheet does not run it; the import takes it off again.
    /// </summary>
    internal static string UnguardFormula(string text) =>
        text.Length > 1 && text[0] == '\'' && IsFormulaStart(text[1]) ? text[1..] : text;

    internal static bool IsFormulaStart(char c) => c is '=' or '+' or '-' or '@' or '\t' or '\r';

    private static void CheckDuplicateReferences(List<ParsedConsultantRow> rows, List<ImportIssue> fileErrors)
    {
        var duplicates = rows
            .Where(r => !string.IsNullOrWhiteSpace(r.Input.ExternalReference))
            .GroupBy(r => r.Input.ExternalReference!.Trim(), StringComparer.Ordinal)
            .Where(g => g.Count() > 1)
            .ToList();
        if (duplicates.Count == 0)
        {
            return;
        }

        // Written without words, so that the translated message can carry it as it is.
        var shown = string.Join("; ", duplicates.Take(10).Select(g => $"{g.Key} ({string.Join(", ", g.Select(r => r.Line))})"))
            + (duplicates.Count > 10 ? $"; … (+{duplicates.Count - 10})" : "");
        fileErrors.Add(ImportIssue.ForFile(ImportIssueCodes.FileDuplicateReferences,
            Messages.Format(Messages.Consultants_SomeExternalReferencesAppear, shown), shown));
    }
}
