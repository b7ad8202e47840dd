namespace TescForce.Domain.Introductions;

/// <summary>One step of an introduction's history: who did what, when. Both sides see it.</summary>
public sealed class IntroductionEvent
{
    public long Id { get; set; }

    public Guid IntroductionId { get; set; }

    public IntroductionStatus Status { get; set; }

    /// <summary>The user who acted; null when the platform did (expiry).</summary>
    public string? ByUserId { get; set; }

    public DateTime At { get; set; }

    /// <summary>The request's message or the reason of a decline.</summary>
    public string? Note { get; set; }
}
