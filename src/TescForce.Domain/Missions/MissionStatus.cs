namespace TescForce.Domain.Missions;

public enum MissionStatus
{
    Draft,

    /// <summary>Waiting for a curator's moderation.</summary>
    Submitted,

    /// <summary>Approved by a curator: matched, visible to member companies as an opportunity.</summary>
    Open,
    Rejected,
    Staffed,
    Closed,
}
