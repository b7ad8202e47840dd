namespace TescForce.Application.Matching;

/// <summary>How the application keeps its match index (configuration section <c>Matching</c>, beside the engine's settings).</summary>
public sealed class MatchIndexOptions
{
    public const string SectionName = "Matching";

    /// <summary>
    /// How often the index is rebuilt from the database, so that a change it missed (a failed listener,
    /// a write by another instance or by hand) heals itself. Zero turns it off.
    /// </summary>
    public TimeSpan ReconcileInterval { get; set; } = TimeSpan.FromMinutes(10);
}
