namespace TescForce.Domain.Consultants;

/// <summary>Common European Framework of Reference levels; the order matters (A1 lowest).</summary>
public enum CefrLevel
{
    A1 = 1,
    A2 = 2,
    B1 = 3,
    B2 = 4,
    C1 = 5,
    C2 = 6,
}
