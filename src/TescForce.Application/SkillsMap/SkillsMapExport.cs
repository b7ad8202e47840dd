using System.Globalization;
using System.Text;
using MiniExcelLibs;
using TescForce.Application.Common.Csv;
using TescForce.Application.Consultants.Import;

namespace TescForce.Application.SkillsMap;

/// <summary>The current view of the map as a CSV file (one block per breakdown) or an Excel workbook (one sheet per breakdown).</summary>
public static class SkillsMapExport
{
    public const string XlsxContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private const char Delimiter = ';';

    private static readonly UTF8Encoding Utf8WithBom = new(encoderShouldEmitUTF8Identifier: true);

    /// <summary>Each table: its title on a line, its header, its rows, then an empty line; <c>;</c>-delimited, UTF-8 with a byte-order mark.</summary>
    public static byte[] Csv(IEnumerable<SkillsMapTable> tables)
    {
        ArgumentNullException.ThrowIfNull(tables);
        var text = new StringBuilder();
        foreach (var table in tables)
        {
            CsvWriter.WriteRecord(text, [ConsultantCsvWriter.GuardFormula(table.Title)], Delimiter);
            CsvWriter.WriteRecord(text, table.Headers.Select(ConsultantCsvWriter.GuardFormula), Delimiter);
            foreach (var row in table.Rows)
            {
                CsvWriter.WriteRecord(text, row.Select(Text), Delimiter);
            }

            text.Append("\r\n");
        }

        return [.. Utf8WithBom.GetPreamble(), .. Utf8WithBom.GetBytes(text.ToString())];
    }

    /// <summary>One sheet per table, named after it (Excel's rules: 31 characters, no <c>[]:*?/\</c>, unique), the header in the first row.</summary>
    public static byte[] Xlsx(IEnumerable<SkillsMapTable> tables)
    {
        ArgumentNullException.ThrowIfNull(tables);
        var sheets = new Dictionary<string, object>(StringComparer.OrdinalIgnoreCase);
        foreach (var table in tables)
        {
            var name = SheetName(table.Title, sheets.Keys);
            sheets[name] = table.Rows.Select(row => table.Headers.Select((h, i) => (h, i)).ToDictionary(c => c.h, c => c.i < row.Count ? row[c.i] : "")).ToList();
        }

        using var stream = new MemoryStream();
        stream.SaveAs(sheets, excelType: ExcelType.XLSX);
        return stream.ToArray();
    }

    public static string SheetName(string title, IEnumerable<string> taken)
    {
        ArgumentNullException.ThrowIfNull(title);
        var clean = new string([.. title.Select(c => "[]:*?/\\".Contains(c, StringComparison.Ordinal) ? ' ' : c)]).Trim();
        var name = clean.Length > 31 ? clean[..31] : clean.Length == 0 ? "Sheet" : clean;
        var existing = taken.ToHashSet(StringComparer.OrdinalIgnoreCase);
        for (var n = 2; existing.Contains(name); n++)
        {
            var suffix = " " + n.ToString(CultureInfo.InvariantCulture);
            name = (clean.Length + suffix.Length > 31 ? clean[..(31 - suffix.Length)] : clean) + suffix;
        }

        return name;
    }

    private static string Text(object cell) => ConsultantCsvWriter.GuardFormula(Convert.ToString(cell, CultureInfo.InvariantCulture) ?? "");
}
