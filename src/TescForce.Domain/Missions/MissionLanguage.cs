using TescForce.Domain.Consultants;

namespace TescForce.Domain.Missions;

/// <summary>A language a mission requires (ISO 639-1, lower case) at a minimum CEFR level.</summary>
public sealed class MissionLanguage
{
    public Guid MissionId { get; set; }

    public required string Code { get; set; }

    public CefrLevel MinLevel { get; set; }
}
