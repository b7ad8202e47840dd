using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using TescForce.Domain.Skills;
using TescForce.Infrastructure.Data;

namespace TescForce.Infrastructure.Skills;

/// <summary>
/// Brings the taxonomy in line with the reference files, idempotently. It only changes what an import
/// brought: labels a curator edited, synonyms and parents a curator added, removed or detached, and
/// skills a curator added, deprecated or merged are left as they are.
/// </summary>
public sealed class TaxonomyImporter(TescForceDbContext db, TimeProvider clock, ILogger<TaxonomyImporter> logger)
{
    public const string SourceName = "taxonomy";

    public async Task<TaxonomyImportResult> ImportAsync(TaxonomySource source, bool force = false, CancellationToken cancellationToken = default)
    {
        var previous = await db.ReferenceDataImports.FindAsync([SourceName], cancellationToken);
        if (!force && previous?.ContentHash == source.ContentHash)
        {
            return new TaxonomyImportResult(Skipped: true, 0, 0, 0);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        // The reference data's own history is its file in the repository; curators' edits to skills are what the log records (ADR 0008).
        using var unaudited = db.Audit.Suppress("system:taxonomy-import");
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);

        var existing = await db.SkillTags.Include(s => s.AltLabels).Include(s => s.Parents)
            .ToDictionaryAsync(s => s.Code, StringComparer.Ordinal, cancellationToken);
        var (added, updated) = UpsertConcepts(source, existing, now);
        await db.SaveChangesAsync(cancellationToken);

        var ids = existing.ToDictionary(e => e.Key, e => e.Value.Id, StringComparer.Ordinal);
        var links = SyncParents(source, existing.Values, ids);
        await SyncRelationsAsync(source, ids, cancellationToken);

        if (previous is null)
        {
            db.ReferenceDataImports.Add(new ReferenceDataImport
            {
                Source = SourceName, ContentHash = source.ContentHash, ImportedAt = now, Concepts = source.Concepts.Count,
            });
        }
        else
        {
            previous.ContentHash = source.ContentHash;
            previous.ImportedAt = now;
            previous.Concepts = source.Concepts.Count;
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        logger.LogInformation("Taxonomy imported: {Added} skills added, {Updated} updated, {Links} parent links changed",
            added, updated, links);
        return new TaxonomyImportResult(false, added, updated, links);
    }

    private (int Added, int Updated) UpsertConcepts(TaxonomySource source, Dictionary<string, SkillTag> existing, DateTime now)
    {
        int added = 0, updated = 0;
        foreach (var concept in source.Concepts.DistinctBy(c => c.Code, StringComparer.Ordinal))
        {
            if (!existing.TryGetValue(concept.Code, out var skill))
            {
                skill = new SkillTag
                {
                    Code = concept.Code, Type = concept.Type, Origin = concept.Origin, LabelEn = concept.LabelEn,
                    LabelFr = concept.LabelFr, DescriptionEn = concept.DescriptionEn, UpdatedAt = now,
                };
                existing[concept.Code] = skill;
                db.SkillTags.Add(skill);
                added++;
            }

            var changed = false;
            if (!skill.LabelEnCurated && skill.LabelEn != concept.LabelEn)
            {
                skill.LabelEn = concept.LabelEn;
                changed = true;
            }

            if (!skill.LabelFrCurated && concept.LabelFr is not null && skill.LabelFr != concept.LabelFr)
            {
                skill.LabelFr = concept.LabelFr;
                changed = true;
            }

            if (skill.DescriptionEn != concept.DescriptionEn)
            {
                skill.DescriptionEn = concept.DescriptionEn;
                changed = true;
            }

            changed |= SyncAltLabels(skill, concept, "en", concept.AltLabelsEn);
            changed |= SyncAltLabels(skill, concept, "fr", concept.AltLabelsFr);
            if (changed && skill.Id != 0)
            {
                skill.UpdatedAt = now;
                updated++;
            }
        }

        return (added, updated);
    }

    /// <summary>Imported synonyms follow the file; curator ones and curator removals (tombstones) stay.</summary>
    private static bool SyncAltLabels(SkillTag skill, TaxonomyConcept concept, string language, IReadOnlyList<string> wanted)
    {
        var changed = false;
        var preferred = language == "en" ? concept.LabelEn : concept.LabelFr;
        var desired = wanted
            .Where(w => !string.Equals(w, preferred, StringComparison.OrdinalIgnoreCase))
            .Select(w => w.Length > 300 ? w[..300] : w)
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToList();
        var current = skill.AltLabels.Where(a => a.Language == language).ToList();

        foreach (var text in desired)
        {
            if (!current.Any(a => string.Equals(a.Text, text, StringComparison.OrdinalIgnoreCase)))
            {
                skill.AltLabels.Add(new SkillAltLabel { Language = language, Text = text, Origin = concept.Origin });
                changed = true;
            }
        }

        foreach (var stale in current.Where(a => a.Origin == concept.Origin && !a.Removed
                     && !desired.Contains(a.Text, StringComparer.OrdinalIgnoreCase)))
        {
            skill.AltLabels.Remove(stale);
            changed = true;
        }

        return changed;
    }

    private int SyncParents(TaxonomySource source, IEnumerable<SkillTag> skills, Dictionary<string, int> ids)
    {
        var changes = 0;
        var byId = skills.ToDictionary(s => s.Id);
        foreach (var concept in source.Concepts.DistinctBy(c => c.Code, StringComparer.Ordinal))
        {
            var skill = byId[ids[concept.Code]];
            var desired = concept.ParentCodes
                .Where(ids.ContainsKey)
                .Select(code => ids[code])
                .Where(parentId => parentId != skill.Id)
                .ToHashSet();

            foreach (var parentId in desired.Where(p => skill.Parents.All(l => l.ParentId != p)))
            {
                skill.Parents.Add(new SkillParentLink { ChildId = skill.Id, ParentId = parentId, Origin = concept.Origin });
                changes++;
            }

            foreach (var stale in skill.Parents.Where(l => l.Origin == concept.Origin && !l.Detached && !desired.Contains(l.ParentId)).ToList())
            {
                skill.Parents.Remove(stale);
                changes++;
            }
        }

        return changes;
    }

    private async Task SyncRelationsAsync(TaxonomySource source, Dictionary<string, int> ids, CancellationToken cancellationToken)
    {
        var desired = source.Relations
            .Where(r => ids.ContainsKey(r.Skill) && ids.ContainsKey(r.Related) && r.Skill != r.Related)
            .GroupBy(r => (ids[r.Skill], ids[r.Related]))
            .ToDictionary(g => g.Key, g => g.Any(r => r.Essential));
        var current = await db.SkillRelations.ToListAsync(cancellationToken);
        foreach (var relation in current)
        {
            if (!desired.TryGetValue((relation.SkillId, relation.RelatedSkillId), out var essential))
            {
                db.SkillRelations.Remove(relation);
            }
            else
            {
                relation.Essential = essential;
                desired.Remove((relation.SkillId, relation.RelatedSkillId));
            }
        }

        db.SkillRelations.AddRange(desired.Select(d => new SkillRelation
        {
            SkillId = d.Key.Item1, RelatedSkillId = d.Key.Item2, Essential = d.Value,
        }));
    }
}

public sealed record TaxonomyImportResult(bool Skipped, int Added, int Updated, int LinksChanged);
