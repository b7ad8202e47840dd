using System.Text;
using TescForce.Application.Common.Csv;

namespace TescForce.Application.Consultants.Import;

/// <summary>Writes profiles in the import format, <c>;</c>-delimited, UTF-8 with a byte-order mark.</summary>
public static class ConsultantCsvWriter
{
    private static readonly UTF8Encoding Utf8WithBom = new(encoderShouldEmitUTF8Identifier: true);

    internal static byte[] Write(IEnumerable<ConsultantCsvExportRow> rows) =>
        Write(ConsultantCsvFormat.Columns, rows.Select(row => ConsultantCsvFormat.Columns.Select(c => c.Write(row))));

    /// <summary>The template: the header of the columns the import reads and one example row.</summary>
    public static byte[] Template(DateOnly today) =>
        Write(ConsultantCsvFormat.ImportColumns, [ConsultantCsvFormat.ImportColumns.Select(c => c.Example(today))]);

    /// <summary>
    /// A text that a spreadsheet would take for a formula (=, +, -, @ first) gets a leading apostrophe, which
    /// the import removes again (CSV injection).
    /// </summary>
    public static string GuardFormula(string cell) =>
        cell.Length > 0 && ConsultantCsvParser.IsFormulaStart(cell[0]) ? "'" + cell : cell;

    private static byte[] Write(IReadOnlyList<ConsultantCsvColumn> columns, IEnumerable<IEnumerable<string>> rows)
    {
        var text = new StringBuilder();
        CsvWriter.WriteRecord(text, columns.Select(c => c.Name), ConsultantCsvFormat.ExportDelimiter);
        foreach (var row in rows)
        {
            CsvWriter.WriteRecord(text, row.Select(GuardFormula), ConsultantCsvFormat.ExportDelimiter);
        }

        var preamble = Utf8WithBom.GetPreamble();
        var bytes = new byte[preamble.Length + Utf8WithBom.GetByteCount(text.ToString())];
        preamble.CopyTo(bytes, 0);
        Utf8WithBom.GetBytes(text.ToString(), 0, text.Length, bytes, preamble.Length);
        return bytes;
    }
}
