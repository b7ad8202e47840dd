using TescForce.Domain.Skills;

namespace TescForce.Application.Skills.Taxonomy;

/// <summary>The curators' search of the catalogue: text in French or English labels and synonyms, status, origin.</summary>
public sealed record TaxonomyQuery(string? Text = null, SkillStatus? Status = null, SkillOrigin? Origin = null);
