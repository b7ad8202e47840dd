namespace TescForce.Domain.Introductions;

/// <summary>A consultant a client keeps in view for one of its missions.</summary>
public sealed class ShortlistEntry
{
    public Guid MissionId { get; set; }

    public Guid ConsultantId { get; set; }

    public required string AddedByUserId { get; set; }

    public DateTime AddedAt { get; set; }
}
