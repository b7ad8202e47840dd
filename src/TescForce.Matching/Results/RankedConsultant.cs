namespace TescForce.Matching.Results;

/// <param name="Rank">1-based position in the whole list.</param>
/// <param name="Score">0 to 100.</param>
public sealed record RankedConsultant(Guid ConsultantId, Guid CompanyId, int Rank, double Score, MatchExplanation Explanation);
