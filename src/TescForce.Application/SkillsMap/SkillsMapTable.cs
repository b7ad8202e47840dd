namespace TescForce.Application.SkillsMap;

/// <summary>
/// One breakdown of the map as labelled rows, the same on the page (the table beside each chart) and in
/// the exports: a cell is a text or a count (an <see cref="int"/>).
/// </summary>
public sealed record SkillsMapTable(string Title, IReadOnlyList<string> Headers, IReadOnlyList<IReadOnlyList<object>> Rows);
