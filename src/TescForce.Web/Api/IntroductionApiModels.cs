using System.ComponentModel;
using TescForce.Application.Introductions;
using TescForce.Domain.Introductions;

namespace TescForce.Web.Api;

/// <summary>A client's request for an introduction to a consultant of the talent pool, for one of its open missions.</summary>
public sealed record IntroductionRequest(
    [property: Description("The client's open mission.")] Guid? MissionId,
    [property: Description("The consultant's public reference, as in the matches (TF-7K3QX2).")] string? Reference,
    [property: Description("Why the client would like to meet this consultant, 1 to 4,000 characters; the company reads it.")] string? Message)
{
    public static IntroductionRequest Example { get; } = new(MissionResponse.Example.Id, "TF-7K3QX2",
        "Your consultant's GitOps experience fits our migration: could we talk on Tuesday or Wednesday afternoon?");
}

/// <summary>A member company's refusal of a request.</summary>
public sealed record DeclineRequest([property: Description("Told to the client, 1 to 4,000 characters (the consultant is no longer available, the rate…).")] string? Reason)
{
    public static DeclineRequest Example { get; } = new("Our consultant has just been staffed until June.");
}

/// <summary>
/// An introduction, as the side whose key reads it sees it. A client sees the anonymous <c>card</c>, and the consultant's name and the
/// company's contact only once the company accepted; a member company sees its consultant (<c>consultantId</c>, <c>consultantName</c>)
/// and the client.
/// </summary>
/// <param name="ConsultantName">Company keys: always. Client keys: only once the company accepted.</param>
/// <param name="ConsultantId">Company keys only: the company's own consultant.</param>
/// <param name="Card">Client keys only: the consultant's anonymous card, while the profile is in the talent pool.</param>
/// <param name="Contact">Client keys only, once accepted: the company and the member who accepted, to contact.</param>
/// <param name="Client">Company keys only: the client who asked.</param>
public sealed record IntroductionResponse(
    Guid Id,
    Guid MissionId,
    string MissionTitle,
    string Reference,
    IntroductionStatus Status,
    string Message,
    string? DeclineReason,
    DateTimeOffset RequestedAt,
    DateTimeOffset ExpiresAt,
    IReadOnlyList<IntroductionEvent> History,
    string? ConsultantName,
    Guid? ConsultantId,
    AnonymousCard? Card,
    IntroductionContact? Contact,
    IntroducingClient? Client)
{
    public static IntroductionResponse From(ClientIntroduction introduction)
    {
        ArgumentNullException.ThrowIfNull(introduction);
        var identity = introduction.Identity;
        return new IntroductionResponse(introduction.Id, introduction.MissionId, introduction.MissionTitle, introduction.Reference, introduction.Status,
            introduction.Message, introduction.DeclineReason, ApiDates.Utc(introduction.RequestedAt), ApiDates.Utc(introduction.ExpiresAt),
            EventsOf(introduction.History), identity?.ConsultantName, null, introduction.Card is { } card ? AnonymousCard.From(card) : null,
            identity is null ? null : new IntroductionContact(identity.CompanyName, identity.ContactName, identity.ContactEmail), null);
    }

    public static IntroductionResponse From(CompanyIntroduction introduction)
    {
        ArgumentNullException.ThrowIfNull(introduction);
        return new IntroductionResponse(introduction.Id, introduction.MissionId, introduction.MissionTitle, introduction.Reference, introduction.Status,
            introduction.Message, introduction.DeclineReason, ApiDates.Utc(introduction.RequestedAt), ApiDates.Utc(introduction.ExpiresAt),
            EventsOf(introduction.History), introduction.ConsultantName, introduction.ConsultantId, null, null,
            new IntroducingClient(introduction.ClientName, introduction.ClientCountry));
    }

    private static IReadOnlyList<IntroductionEvent> EventsOf(IEnumerable<IntroductionStep> steps) =>
        [.. steps.Select(s => new IntroductionEvent(s.Status, ApiDates.Utc(s.At), s.Note))];

    public static IntroductionResponse Example { get; } = new(Guid.Parse("5d0e8f3a-9c1b-4a7e-8b26-0f4d2c6e1a93"), MissionResponse.Example.Id,
        MissionResponse.Example.Title, "TF-7K3QX2", IntroductionStatus.Accepted, IntroductionRequest.Example.Message!, null,
        new DateTimeOffset(2026, 11, 26, 10, 0, 0, TimeSpan.Zero), new DateTimeOffset(2026, 12, 3, 10, 0, 0, TimeSpan.Zero),
        [new IntroductionEvent(IntroductionStatus.Requested, new DateTimeOffset(2026, 11, 26, 10, 0, 0, TimeSpan.Zero), IntroductionRequest.Example.Message),
            new IntroductionEvent(IntroductionStatus.Accepted, new DateTimeOffset(2026, 11, 27, 8, 15, 0, TimeSpan.Zero), null)],
        "Inès Martin", null, AnonymousCard.Example, new IntroductionContact("Orbital Consulting", "Claire Dubois", "claire.dubois@orbital.example"), null);
}

/// <param name="Note">The client's message, or the company's reason for declining.</param>
public sealed record IntroductionEvent(IntroductionStatus Status, DateTimeOffset At, string? Note);

/// <param name="ContactName">The member of the company who accepted (null if their account is gone).</param>
public sealed record IntroductionContact(string CompanyName, string? ContactName, string? ContactEmail);

/// <param name="Country">ISO 3166-1 alpha-2.</param>
public sealed record IntroducingClient(string Name, string Country);
