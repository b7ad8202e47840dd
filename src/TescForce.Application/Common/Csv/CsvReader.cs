using System.Text;

namespace TescForce.Application.Common.Csv;

/// <summary>
/// An RFC 4180 reader: quoted fields may hold the delimiter, doubled quotes and line breaks; CRLF or
/// LF line ends; a leading byte-order mark is ignored. Each record carries the line it started on, so
/// that error reports can name it.
/// </summary>
public static class CsvReader
{
    public static IEnumerable<CsvRecord> Read(TextReader reader, char delimiter = ',')
    {
        var field = new StringBuilder();
        var fields = new List<string>();
        var line = 1;
        var recordLine = 1;
        var inQuotes = false;
        var fieldStarted = false;
        var first = true;

        int c;
        while ((c = reader.Read()) != -1)
        {
            var ch = (char)c;
            if (first)
            {
                first = false;
                if (ch == '\uFEFF')
                {
                    continue;
                }
            }

            if (inQuotes)
            {
                if (ch == '"')
                {
                    if (reader.Peek() == '"')
                    {
                        reader.Read();
                        field.Append('"');
                    }
                    else
                    {
                        inQuotes = false;
                    }
                }
                else
                {
                    if (ch == '\n')
                    {
                        line++;
                    }

                    field.Append(ch);
                }

                continue;
            }

            if (ch == '"' && field.Length == 0 && !fieldStarted)
            {
                inQuotes = true;
                fieldStarted = true;
            }
            else if (ch == delimiter)
            {
                fields.Add(field.ToString());
                field.Clear();
                fieldStarted = false;
            }
            else if (ch == '\r' || ch == '\n')
            {
                if (ch == '\r' && reader.Peek() == '\n')
                {
                    reader.Read();
                }

                fields.Add(field.ToString());
                field.Clear();
                fieldStarted = false;
                if (!(fields.Count == 1 && fields[0].Length == 0))
                {
                    yield return new CsvRecord(recordLine, [.. fields]);
                }

                fields.Clear();
                line++;
                recordLine = line;
            }
            else
            {
                field.Append(ch);
                fieldStarted = true;
            }
        }

        if (inQuotes)
        {
            throw new CsvFormatException(recordLine, Messages.Common_QuotedFieldNotClosed);
        }

        if (field.Length > 0 || fields.Count > 0 || fieldStarted)
        {
            fields.Add(field.ToString());
            yield return new CsvRecord(recordLine, [.. fields]);
        }
    }

    /// <summary>Splits a multi-valued cell (<c>a|b|c</c>), trimming and dropping empty values.</summary>
    public static IReadOnlyList<string> SplitMulti(string? cell, char separator = '|') =>
        string.IsNullOrWhiteSpace(cell)
            ? []
            : cell.Split(separator, StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
}

/// <param name="Line">The 1-based line of the file where the record starts.</param>
public sealed record CsvRecord(int Line, IReadOnlyList<string> Fields)
{
    public string this[int index] => index < Fields.Count ? Fields[index] : "";
}

public sealed class CsvFormatException(int line, string message) : Exception($"Line {line}: {message}")
{
    public int Line { get; } = line;

    public CsvFormatException()
        : this(0, Messages.Common_CSVFileMalformed)
    {
    }

    public CsvFormatException(string message)
        : this(0, message)
    {
    }

    public CsvFormatException(string message, Exception innerException)
        : this(0, message + " " + innerException.Message)
    {
    }
}
