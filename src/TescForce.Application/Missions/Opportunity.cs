namespace TescForce.Application.Missions;

/// <summary>An open mission some of the company's consultants match, with their best place in the list.</summary>
/// <param name="Candidates">The company's consultants among the first places: reference, rank, score.</param>
public sealed record Opportunity(
    Guid MissionId,
    string Title,
    string ClientCountry,
    DateOnly StartDate,
    int DurationWeeks,
    int Listed,
    IReadOnlyList<OpportunityCandidate> Candidates);

public sealed record OpportunityCandidate(Guid ConsultantId, string Reference, string FullName, int Rank, double Score);
