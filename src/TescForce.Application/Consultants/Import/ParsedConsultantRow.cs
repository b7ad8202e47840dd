namespace TescForce.Application.Consultants.Import;

/// <summary>A data row of an import file, read into the profile DTO, with what could not be read.</summary>
public sealed class ParsedConsultantRow(int line)
{
    /// <summary>The line of the file where the row starts (the header is line 1).</summary>
    public int Line { get; } = line;

    public ConsultantInput Input { get; } = new();

    public DateOnly? ConsentDate { get; internal set; }

    public string? ConsentMethod { get; internal set; }

    /// <summary>Skills written <c>label:level</c> without years: an updated profile keeps its years for them.</summary>
    public ISet<int> SkillsWithoutYears { get; } = new HashSet<int>();

    public List<ImportIssue> Errors { get; } = [];
}
