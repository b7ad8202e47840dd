namespace TescForce.Application.Consultants.Import;

/// <summary>One column of the consultants' CSV format, with how it is read, written and merged.</summary>
public sealed class ConsultantCsvColumn
{
    internal ConsultantCsvColumn(
        string name,
        CsvColumnUse use,
        string? field,
        Func<DateOnly, string> example,
        Func<ConsultantCsvExportRow, string> write,
        Action<CsvCell>? read = null,
        Action<ConsultantInput, ConsultantInput>? keep = null)
    {
        Name = name;
        Use = use;
        Field = field;
        _example = example;
        Write = write;
        Read = read;
        Keep = keep;
    }

    private readonly Func<DateOnly, string> _example;

    /// <summary>The header name, lower-case with underscores (<c>full_name</c>).</summary>
    public string Name { get; }

    public CsvColumnUse Use { get; }

    /// <summary>The <see cref="ConsultantInput"/> property the column fills, so that validation messages land on it.</summary>
    public string? Field { get; }

    /// <summary>Reads a non-empty cell into the row.</summary>
    internal Action<CsvCell>? Read { get; }

    internal Func<ConsultantCsvExportRow, string> Write { get; }

    /// <summary>Copies the current value of an updated profile when the file has no such column.</summary>
    internal Action<ConsultantInput, ConsultantInput>? Keep { get; }

    /// <summary>The value of the template's example row.</summary>
    public string Example(DateOnly today) => _example(today);
}
