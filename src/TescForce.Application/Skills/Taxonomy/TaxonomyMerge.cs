using Microsoft.EntityFrameworkCore;
using TescForce.Application.Common.Persistence;
using TescForce.Domain.Consultants;
using TescForce.Domain.Missions;
using TescForce.Domain.Skills;

namespace TescForce.Application.Skills.Taxonomy;

/// <summary>
/// The changes of one merge, made on tracked entities of one context so that a single SaveChanges writes
/// them in one transaction and the change feed sees every consultant that moved (ADR 0010).
/// </summary>
internal sealed class TaxonomyMerge(IAppDb db, SkillTag source, SkillTag target, DateTime now)
{
    public async Task<SkillMergeResult> RunAsync(CancellationToken cancellationToken)
    {
        var consultants = await MoveConsultantsAsync(cancellationToken);
        var missions = await MoveMissionsAsync(cancellationToken);
        var synonyms = MoveLabels();
        await MoveLinksAsync(cancellationToken);
        await MoveRelationsAsync(cancellationToken);

        // Skills merged into the source earlier now point at the survivor: no chains to follow.
        foreach (var earlier in await db.SkillTags.Where(s => s.MergedIntoId == source.Id).ToListAsync(cancellationToken))
        {
            earlier.MergedIntoId = target.Id;
            earlier.UpdatedAt = now;
        }

        source.Status = SkillStatus.Merged;
        source.MergedIntoId = target.Id;
        source.UpdatedAt = now;
        target.UpdatedAt = now;
        db.SkillTags.Entry(target).Property(s => s.UpdatedAt).IsModified = true;
        return new SkillMergeResult(consultants, missions, synonyms);
    }

    /// <summary>A consultant who had both keeps the higher level and the more years.</summary>
    private async Task<int> MoveConsultantsAsync(CancellationToken cancellationToken)
    {
        var consultants = await db.Consultants.Include(c => c.Skills)
            .Where(c => c.Skills.Any(s => s.SkillTagId == source.Id)).ToListAsync(cancellationToken);
        foreach (var consultant in consultants)
        {
            var old = consultant.Skills.Single(s => s.SkillTagId == source.Id);
            if (consultant.Skills.FirstOrDefault(s => s.SkillTagId == target.Id) is { } kept)
            {
                kept.Level = Math.Max(kept.Level, old.Level);
                kept.Years = Math.Max(kept.Years, old.Years);
            }
            else
            {
                consultant.Skills.Add(new ConsultantSkill { ConsultantId = consultant.Id, SkillTagId = target.Id, Level = old.Level, Years = old.Years });
            }

            consultant.Skills.Remove(old);
            // The version moves: a form opened before the merge cannot put the merged skill back.
            consultant.UpdatedAt = now;
        }

        return consultants.Count;
    }

    /// <summary>A mission that required both keeps the stronger importance and the higher minimum level.</summary>
    private async Task<int> MoveMissionsAsync(CancellationToken cancellationToken)
    {
        var missions = await db.Missions.Include(m => m.Skills)
            .Where(m => m.Skills.Any(s => s.SkillTagId == source.Id)).ToListAsync(cancellationToken);
        foreach (var mission in missions)
        {
            var old = mission.Skills.Single(s => s.SkillTagId == source.Id);
            if (mission.Skills.FirstOrDefault(s => s.SkillTagId == target.Id) is { } kept)
            {
                kept.Importance = (SkillImportance)Math.Min((int)kept.Importance, (int)old.Importance);
                kept.MinLevel = Math.Max(kept.MinLevel, old.MinLevel);
            }
            else
            {
                mission.Skills.Add(new MissionSkill { MissionId = mission.Id, SkillTagId = target.Id, Importance = old.Importance, MinLevel = old.MinLevel });
            }

            mission.Skills.Remove(old);
            mission.UpdatedAt = now;
        }

        return missions.Count;
    }

    /// <summary>The source's labels and synonyms become synonyms of the survivor (those it lacks, in their language).</summary>
    private int MoveLabels()
    {
        var texts = new List<(string Language, string Text)> { ("en", source.LabelEn) };
        if (!string.IsNullOrWhiteSpace(source.LabelFr))
        {
            texts.Add(("fr", source.LabelFr));
        }

        texts.AddRange(source.AltLabels.Where(a => !a.Removed).Select(a => (a.Language, a.Text)));
        var added = 0;
        foreach (var (language, text) in texts)
        {
            var preferred = language == "fr" ? target.LabelFr : target.LabelEn;
            if (TaxonomyRules.SameText(text, preferred)
                || target.AltLabels.Any(a => !a.Removed && a.Language == language && TaxonomyRules.SameText(a.Text, text)))
            {
                continue;
            }

            if (TaxonomyService.AddSynonym(target, language, text))
            {
                added++;
            }
        }

        return added;
    }

    /// <summary>
    /// The source's parents become the survivor's unless one would close a cycle or is already above it;
    /// the source's children move under the survivor unless one lies above it. Links the import brought are
    /// detached rather than deleted, so that the next import does not bring them back.
    /// </summary>
    private async Task MoveLinksAsync(CancellationToken cancellationToken)
    {
        var graph = await TaxonomyService.GraphAsync(db, cancellationToken);
        foreach (var link in source.Parents.Where(l => !l.Detached))
        {
            if (link.ParentId == target.Id || graph.WouldCycle(target.Id, link.ParentId) || graph.IsAncestorOrSelf(link.ParentId, target.Id))
            {
                continue;
            }

            if (target.Parents.FirstOrDefault(l => l.ParentId == link.ParentId) is { } existing)
            {
                existing.Detached = false;
            }
            else
            {
                target.Parents.Add(new SkillParentLink { ChildId = target.Id, ParentId = link.ParentId, Origin = SkillOrigin.Curator });
            }
        }

        var childLinks = await db.SkillParentLinks.Where(l => l.ParentId == source.Id && !l.Detached).ToListAsync(cancellationToken);
        var childIds = childLinks.Select(l => l.ChildId).ToList();
        var underTarget = await db.SkillParentLinks.Where(l => l.ParentId == target.Id && childIds.Contains(l.ChildId)).ToListAsync(cancellationToken);
        foreach (var link in childLinks)
        {
            if (link.ChildId != target.Id && !graph.IsAncestorOrSelf(link.ChildId, target.Id))
            {
                if (underTarget.FirstOrDefault(l => l.ChildId == link.ChildId) is { } existing)
                {
                    existing.Detached = false;
                }
                else
                {
                    db.SkillParentLinks.Add(new SkillParentLink { ChildId = link.ChildId, ParentId = target.Id, Origin = SkillOrigin.Curator });
                }
            }

            if (link.Origin == SkillOrigin.Curator)
            {
                db.SkillParentLinks.Remove(link);
            }
            else
            {
                link.Detached = true;
            }
        }
    }

    /// <summary>The source's relations that the survivor lacks are copied to it (the source keeps its own, as history).</summary>
    private async Task MoveRelationsAsync(CancellationToken cancellationToken)
    {
        var relations = await db.SkillRelations.AsNoTracking()
            .Where(r => r.SkillId == source.Id || r.RelatedSkillId == source.Id || r.SkillId == target.Id || r.RelatedSkillId == target.Id)
            .ToListAsync(cancellationToken);
        var existing = relations.Where(r => r.SkillId == target.Id || r.RelatedSkillId == target.Id)
            .Select(r => (r.SkillId, r.RelatedSkillId)).ToHashSet();
        foreach (var relation in relations.Where(r => r.SkillId == source.Id || r.RelatedSkillId == source.Id))
        {
            var copy = relation.SkillId == source.Id
                ? (SkillId: target.Id, RelatedSkillId: relation.RelatedSkillId)
                : (SkillId: relation.SkillId, RelatedSkillId: target.Id);
            if (copy.SkillId == copy.RelatedSkillId || copy.SkillId == source.Id || copy.RelatedSkillId == source.Id || !existing.Add(copy))
            {
                continue;
            }

            db.SkillRelations.Add(new SkillRelation { SkillId = copy.SkillId, RelatedSkillId = copy.RelatedSkillId, Essential = relation.Essential });
        }
    }
}
