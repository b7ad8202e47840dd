using TescForce.Infrastructure.Skills;

namespace TescForce.Infrastructure.Data;

/// <summary>What <see cref="DatabaseInitializer.ApplyReferenceDataAsync"/> did.</summary>
/// <param name="RolesCreated">The roles that did not exist yet.</param>
/// <param name="Taxonomy">The skill taxonomy import (skipped when the embedded files were already imported).</param>
public sealed record ReferenceDataResult(IReadOnlyList<string> RolesCreated, TaxonomyImportResult Taxonomy);
