namespace TescForce.Application.Consultants.Import;

/// <summary>
/// Something wrong with an import file or one of its rows. <see cref="Message"/> is English; the page
/// shows its own translation of <see cref="Code"/> with <see cref="Arguments"/> when it has one.
/// </summary>
/// <param name="Line">The line of the file where the row starts (1 is the header); 0 for the whole file.</param>
/// <param name="Column">The CSV column the issue is about, when there is one.</param>
/// <param name="Code">One of <see cref="ImportIssueCodes"/>.</param>
/// <param name="Suggestions">For an unknown skill, the closest skills of the taxonomy ("did you mean …?").</param>
public sealed record ImportIssue(
    int Line,
    string? Column,
    string Code,
    string Message,
    IReadOnlyList<string> Arguments,
    IReadOnlyList<string> Suggestions)
{
    public static ImportIssue ForFile(string code, string message, params string[] arguments) =>
        new(0, null, code, message, arguments, []);
}
