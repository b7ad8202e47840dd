namespace TescForce.Application.Curation;

/// <summary>What changed since the curators last decided on a profile or a mission; null from the services when they never did.</summary>
public sealed record ReviewChanges(IReadOnlyList<FieldChange> Changes);
