namespace TescForce.Domain.Consultants;

/// <summary>The sectors of the product brief, as stable codes (labels live in the resource files).</summary>
public static class Sectors
{
    public static IReadOnlyList<string> All { get; } =
    [
        "aerospace", "space", "defence", "automotive", "rail", "energy", "health", "finance",
        "telecom", "industry", "public", "retail",
    ];

    public static bool IsKnown(string code) => All.Contains(code, StringComparer.Ordinal);
}
