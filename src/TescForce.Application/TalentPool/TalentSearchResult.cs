using TescForce.Application.Common;

namespace TescForce.Application.TalentPool;

/// <summary>A page of anonymous cards, and how many results each filter value would give.</summary>
public sealed record TalentSearchResult(PagedResult<ConsultantCard> Cards, TalentFacets Facets);
