using System.Text;

namespace TescForce.Application.Common.Csv;

/// <summary>
/// Writes RFC 4180 records: a field is quoted when it holds the delimiter, a quote, a line break or
/// leading or trailing spaces (which spreadsheets would otherwise trim), quotes inside are doubled,
/// records end with CRLF.
/// </summary>
public static class CsvWriter
{
    public static void WriteRecord(StringBuilder output, IEnumerable<string> fields, char delimiter)
    {
        var first = true;
        foreach (var field in fields)
        {
            if (!first)
            {
                output.Append(delimiter);
            }

            first = false;
            AppendField(output, field, delimiter);
        }

        output.Append("\r\n");
    }

    public static string Escape(string field, char delimiter)
    {
        var output = new StringBuilder(field.Length + 2);
        AppendField(output, field, delimiter);
        return output.ToString();
    }

    private static void AppendField(StringBuilder output, string field, char delimiter)
    {
        if (!NeedsQuotes(field, delimiter))
        {
            output.Append(field);
            return;
        }

        output.Append('"');
        foreach (var c in field)
        {
            if (c == '"')
            {
                output.Append('"');
            }

            output.Append(c);
        }

        output.Append('"');
    }

    private static bool NeedsQuotes(string field, char delimiter)
    {
        if (field.Length == 0)
        {
            return false;
        }

        if (char.IsWhiteSpace(field[0]) || char.IsWhiteSpace(field[^1]))
        {
            return true;
        }

        foreach (var c in field)
        {
            if (c == delimiter || c == '"' || c == '\n' || c == '\r')
            {
                return true;
            }
        }

        return false;
    }
}
