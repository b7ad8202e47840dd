using System.Text;
using CsCheck;

namespace TescForce.IntegrationTests.Security.Fuzzing;

/// <summary>A CSV file for the importer, and whether to import it all or nothing.</summary>
public sealed record CsvCase(byte[] Bytes, bool AllOrNothing)
{
    public override string ToString() => $"allOrNothing={AllOrNothing} " + FuzzReport.Printable(Bytes);
}

/// <summary>
/// Mutations of a valid consultants file: hostile text in cells and headers, columns dropped or doubled, rows cut, doubled or
/// multiplied, quotes and delimiters moved, byte-order marks, invalid UTF-8, NUL and random bytes, truncation, huge fields.
/// The references come from a small pool, so that many rows update profiles that earlier inputs created.
/// </summary>
public static class CsvMutations
{
    public static readonly string[] Header =
    [
        "external_reference", "full_name", "email", "headline", "summary", "seniority_years", "city", "daily_rate_eur", "available_from",
        "skills", "languages", "sectors", "certifications", "capacity_percent", "workday_start", "workday_end", "time_zone", "consent_date",
        "consent_method",
    ];

    private static readonly string[][] ValidRows =
    [
        ["F-1", "Camille Martin", "camille@example.com", "Senior embedded software engineer", "Flight software; DO-178C\nlevel A", "12", "Toulouse",
            "650", "2026-12-01", "Kubernetes:4:3|systèmes embarqués:5", "fr:C2|en:C1", "aerospace|space", "ISTQB", "80", "09:00", "17:30",
            "Europe/Paris", "2026-01-15", "signed form"],
        ["F-2", "Léa Dubois", "lea@example.com", "Data engineer", "", "5", "Montpellier", "520", "2026-12-15", "TensorFlow:3|machine learning:4:2",
            "en:B2", "", "", "", "", "", "", "", ""],
        ["F-3", "Hugo Bernard", "hugo@example.com", "Cybersecurity analyst", "", "7", "Albi", "600", "2027-01-04", "Docker Engine:3", "fr:C2", "",
            "", "100", "08:00", "16:00", "Europe/London", "", ""],
    ];

    private static readonly byte[][] Fragments =
    [
        [0xEF, 0xBB, 0xBF], [0xFF, 0xFE], [0xFE, 0xFF], [0x00], [0xC3, 0x28], [0xA0, 0xA1], [0xE2, 0x28, 0xA1], [0xF0, 0x28, 0x8C, 0x28],
        [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xC0, 0xAF], [0xFF], [(byte)'"'], [(byte)'\r'], [(byte)'\n'], [(byte)';'], [(byte)','],
        "\"\"\""u8.ToArray(), "\r\n\r\n"u8.ToArray(), "PK\u0003\u0004"u8.ToArray(),
    ];

    private sealed record CellEdit(int Row, int Column, string Text);

    private sealed record ByteEdit(int Kind, int Position, int Length, byte[] Bytes);

    private static readonly Gen<CellEdit> CellEdits =
        from row in Gen.Frequency((1, Gen.Const(0)), (6, Gen.Int[1, 3]))
        from column in Gen.Int[0, Header.Length - 1]
        from text in MalformedText.Text
        select new CellEdit(row, column, text);

    private static readonly Gen<ByteEdit> ByteEdits =
        from kind in Gen.Int[0, 4]
        from position in Gen.Int[0, int.MaxValue]
        from length in Gen.Int[1, 64]
        from bytes in Gen.Frequency((3, Gen.OneOf(Fragments)), (1, Gen.Byte.Array[1, 16]))
        select new ByteEdit(kind, position, length, bytes);

    /// <summary>The files the importer is fed.</summary>
    public static readonly Gen<CsvCase> Files = Gen.Frequency(
        (1, from bytes in Gen.Byte.Array[0, 2_000] from all in Gen.Bool select new CsvCase(bytes, all)),
        (9, from cells in CellEdits.Array[0, 4]
            from headerEdit in Gen.Frequency((6, Gen.Const(0)), (1, Gen.Int[5, 9]))
            from rows in Gen.Int[1, 3]
            from copies in Gen.Frequency((9, Gen.Const(1)), (2, Gen.Int[2, 40]), (1, Gen.Int[41, 300]))
            from delimiter in Gen.Frequency((9, Gen.OneOf(';', ',')), (1, Gen.OneOf('\t', '|')))
            from quoteAll in Gen.Bool
            from bom in Gen.Frequency((4, Gen.Const(Array.Empty<byte>())), (1, Gen.OneOf(Fragments[0], Fragments[1], Fragments[2])))
            from hugeCell in Gen.Frequency((19, Gen.Const(0)), (1, Gen.Int[10_000, 300_000]))
            from edits in Gen.Frequency((3, Gen.Const(Array.Empty<ByteEdit>())), (1, ByteEdits.Array[1, 3]))
            from all in Gen.Bool
            select new CsvCase(Build(cells, headerEdit, rows, copies, delimiter, quoteAll, bom, hugeCell, edits), all)));

    private static byte[] Build(CellEdit[] cells, int headerEdit, int rowCount, int copies, char delimiter, bool quoteAll, byte[] bom, int hugeCell,
        ByteEdit[] edits)
    {
        var header = Header.ToList();
        var rows = ValidRows.Take(rowCount).Select(r => r.ToList()).ToList();
        for (var copy = 1; copy < copies && rows.Count > 0; copy++)
        {
            var extra = rows[copy % rows.Count].ToList();
            // Past 40 copies the references repeat: such a file is refused for its duplicates.
            extra[0] = $"F-{(copy % 40) + 10}";
            rows.Add(extra);
        }

        var table = new List<List<string>> { header };
        table.AddRange(rows);
        foreach (var edit in cells)
        {
            var row = table[Math.Min(edit.Row, table.Count - 1)];
            row[Math.Min(edit.Column, row.Count - 1)] = edit.Text;
        }

        EditHeader(table, headerEdit);
        if (hugeCell > 0 && table.Count > 1)
        {
            table[1][4] = new string('x', hugeCell);
        }

        var text = new StringBuilder();
        foreach (var row in table)
        {
            text.AppendJoin(delimiter, row.Select(cell => quoteAll || cell.IndexOfAny([delimiter, '"', '\n', '\r']) >= 0
                ? "\"" + cell.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""
                : cell));
            text.Append('\n');
        }

        // Lone surrogates do not survive UTF-8 encoding (they become U+FFFD): the byte edits bring in the invalid sequences.
        var bytes = bom.Concat(Encoding.UTF8.GetBytes(text.ToString())).ToList();
        foreach (var edit in edits)
        {
            Apply(bytes, edit);
        }

        return [.. bytes];
    }

    /// <summary>0: nothing; 5–9: a column dropped, doubled, renamed to hostile text, the header cut, or only the header left.</summary>
    private static void EditHeader(List<List<string>> table, int edit)
    {
        var column = edit % table[0].Count;
        switch (edit)
        {
            case 5:
                table.ForEach(row => row.RemoveAt(Math.Min(column, row.Count - 1)));
                break;
            case 6:
                table.ForEach(row => row.Add(row[Math.Min(column, row.Count - 1)]));
                break;
            case 7:
                table[0][column] = "=CMD|' /C calc'!A0";
                break;
            case 8:
                table[0].RemoveRange(3, table[0].Count - 3);
                break;
            case 9:
                table.RemoveRange(1, table.Count - 1);
                break;
        }
    }

    /// <summary>Insert, overwrite, delete, truncate at, or repeat a slice of the file.</summary>
    private static void Apply(List<byte> bytes, ByteEdit edit)
    {
        var position = bytes.Count == 0 ? 0 : edit.Position % (bytes.Count + 1);
        var length = Math.Min(edit.Length, bytes.Count - position);
        switch (edit.Kind)
        {
            case 0:
                bytes.InsertRange(position, edit.Bytes);
                break;
            case 1:
                for (var i = 0; i < edit.Bytes.Length && position + i < bytes.Count; i++)
                {
                    bytes[position + i] = edit.Bytes[i];
                }

                break;
            case 2:
                bytes.RemoveRange(position, length);
                break;
            case 3:
                bytes.RemoveRange(position, bytes.Count - position);
                break;
            default:
                bytes.InsertRange(position, bytes.GetRange(position, length));
                break;
        }
    }
}
