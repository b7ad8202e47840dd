namespace TescForce.Application.Audit;

/// <summary>Configuration section <c>Audit</c>.</summary>
public sealed class AuditOptions
{
    public const string SectionName = "Audit";

    /// <summary>How many days an entry is kept; the daily retention job deletes older ones.</summary>
    public int RetentionDays { get; set; } = 730;
}
