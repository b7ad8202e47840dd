using System.ComponentModel.DataAnnotations;

namespace TescForce.Infrastructure.Scaling;

/// <summary>
/// How instances sharing one PostgreSQL database keep each other informed (section <c>Scaling</c>). On SQLite, which one
/// instance owns, none of this applies.
/// </summary>
public sealed class ScalingOptions
{
    public const string SectionName = "Scaling";

    /// <summary>Whether committed changes are published to, and heard from, the other instances (LISTEN/NOTIFY).</summary>
    public bool Notifications { get; set; } = true;

    /// <summary>The PostgreSQL notification channel; every instance of one deployment must use the same.</summary>
    // [RegularExpression] lets an empty value through: LISTEN would then fail at every reconnection, quietly.
    [Required(AllowEmptyStrings = false, ErrorMessage = "Scaling:Channel is required (e.g. tescforce_changes).")]
    [RegularExpression("^[a-z_][a-z0-9_]{0,62}$", ErrorMessage = "Scaling:Channel must be a lower-case PostgreSQL identifier (letters, digits, _).")]
    public string Channel { get; set; } = "tescforce_changes";

    /// <summary>How long the listener waits before connecting again after it lost its connection.</summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "01:00:00", ErrorMessage = "Scaling:ReconnectDelay must lie between 100 ms and one hour.")]
    public TimeSpan ReconnectDelay { get; set; } = TimeSpan.FromSeconds(5);
}
