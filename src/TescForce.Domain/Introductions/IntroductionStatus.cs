namespace TescForce.Domain.Introductions;

public enum IntroductionStatus
{
    /// <summary>Waiting for the member company's answer.</summary>
    Requested,

    /// <summary>The company accepted: the client sees the consultant's name and the company's contact person.</summary>
    Accepted,
    Declined,

    /// <summary>No answer before <see cref="Introduction.ExpiresAt"/>.</summary>
    Expired,
}
