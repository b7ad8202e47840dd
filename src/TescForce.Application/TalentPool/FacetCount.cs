namespace TescForce.Application.TalentPool;

/// <summary>A filter value and the number of results it would give.</summary>
public sealed record FacetCount<T>(T Value, int Count);
