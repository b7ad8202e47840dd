namespace TescForce.Application.Missions.Text;

/// <summary>A contact detail found in a text.</summary>
/// <param name="Kind">What it is.</param>
/// <param name="Match">The text as written, for the curator to read.</param>
/// <param name="Index">Where <paramref name="Match"/> starts in the scanned text.</param>
public sealed record ContactDetailFinding(ContactDetailKind Kind, string Match, int Index);
