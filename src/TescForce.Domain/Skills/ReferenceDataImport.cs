namespace TescForce.Domain.Skills;

/// <summary>The last import of a reference data set, so that start-up skips an unchanged one.</summary>
public sealed class ReferenceDataImport
{
    public required string Source { get; set; }

    public required string ContentHash { get; set; }

    public DateTime ImportedAt { get; set; }

    public int Concepts { get; set; }
}
