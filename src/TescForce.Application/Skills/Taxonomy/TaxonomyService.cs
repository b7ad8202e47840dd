using Microsoft.EntityFrameworkCore;
using TescForce.Application.Common;
using TescForce.Application.Common.Persistence;
using TescForce.Domain.Common;
using TescForce.Domain.Identity;
using TescForce.Domain.Skills;

namespace TescForce.Application.Skills.Taxonomy;

/// <summary>
/// The curators' management of the skill taxonomy: search with usage counts, labels and synonyms,
/// parents, custom skills, deprecation and merges (ADR 0010). Every method checks the curator role and
/// validates its input before it changes anything. Each write saves once (one transaction), marks the
/// edited skill as modified so that the change feed reloads the match index and the talent pool
/// snapshot (ADR 0005), and then empties the <see cref="SkillCatalogue"/>.
/// </summary>
public sealed partial class TaxonomyService(IAppDbFactory dbFactory, SkillCatalogue catalogue, TimeProvider clock)
{
    /// <summary>
    /// Sets the preferred labels. A label that changes is marked as curated, so a newer ESCO import keeps
    /// it; a label cannot be one that already names another active skill.
    /// </summary>
    public async Task UpdateLabelsAsync(ActingUser actor, int id, SkillLabelsInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(input);
        actor.RequireRole(Roles.Curator);
        var labelEn = TaxonomyRules.Clean(input.LabelEn);
        var labelFr = TaxonomyRules.Clean(input.LabelFr);
        var errors = LabelErrors(labelEn, labelFr);
        InputValidation.ThrowIfAny(errors);
        await using var db = await dbFactory.CreateAsync(actor, cancellationToken);
        var skill = await LoadEditableAsync(db, id, cancellationToken);
        var enChanged = skill.LabelEn != labelEn;
        var frChanged = (skill.LabelFr ?? "") != labelFr;
        if (enChanged)
        {
            await RefuseNameOfAnotherAsync(errors, nameof(input.LabelEn), labelEn, id, cancellationToken);
        }

        if (frChanged && labelFr.Length > 0)
        {
            await RefuseNameOfAnotherAsync(errors, nameof(input.LabelFr), labelFr, id, cancellationToken);
        }

        InputValidation.ThrowIfAny(errors);
        if (!enChanged && !frChanged)
        {
            return;
        }

        if (enChanged)
        {
            skill.LabelEn = labelEn;
            skill.LabelEnCurated = true;
        }

        if (frChanged)
        {
            skill.LabelFr = labelFr.Length == 0 ? null : labelFr;
            skill.LabelFrCurated = true;
        }

        await SaveAsync(db, skill, cancellationToken);
    }

    /// <summary>Adds a synonym in one language; one that a curator removed earlier comes back.</summary>
    public async Task AddSynonymAsync(ActingUser actor, int id, string language, string text, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        actor.RequireRole(Roles.Curator);
        var cleaned = TaxonomyRules.Clean(text);
        var errors = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        if (!TaxonomyRules.Languages.Contains(language))
        {
            InputValidation.Add(errors, "Language", Messages.Skills_SynonymEnglishEnFrench);
        }

        if (TaxonomyRules.Problem(cleaned, Messages.Skills_WhatSynonym) is { } problem)
        {
            InputValidation.Add(errors, "Text", problem);
        }

        InputValidation.ThrowIfAny(errors);
        await using var db = await dbFactory.CreateAsync(actor, cancellationToken);
        var skill = await LoadEditableAsync(db, id, cancellationToken);
        if (TaxonomyRules.SameText(cleaned, skill.LabelEn) || TaxonomyRules.SameText(cleaned, skill.LabelFr))
        {
            throw new ValidationFailedException("Text", Messages.Skills_AlreadyLabelSkill);
        }

        if (skill.AltLabels.Any(a => !a.Removed && a.Language == language && TaxonomyRules.SameText(a.Text, cleaned)))
        {
            throw new ValidationFailedException("Text", Messages.Skills_SkillAlreadySynonym);
        }

        await RefuseNameOfAnotherAsync(errors, "Text", cleaned, id, cancellationToken);
        InputValidation.ThrowIfAny(errors);
        AddSynonym(skill, language, cleaned);
        await SaveAsync(db, skill, cancellationToken);
    }

    /// <summary>Removes a synonym: a curator's one is deleted, an imported one is kept as removed so that no import brings it back.</summary>
    public async Task RemoveSynonymAsync(ActingUser actor, int id, int synonymId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        actor.RequireRole(Roles.Curator);
        await using var db = await dbFactory.CreateAsync(actor, cancellationToken);
        var skill = await LoadEditableAsync(db, id, cancellationToken);
        var synonym = skill.AltLabels.SingleOrDefault(a => a.Id == synonymId && !a.Removed)
            ?? throw new ValidationFailedException("SynonymId", Messages.Skills_SkillNoSuchSynonym);
        if (synonym.Origin == SkillOrigin.Curator)
        {
            skill.AltLabels.Remove(synonym);
        }
        else
        {
            synonym.Removed = true;
        }

        await SaveAsync(db, skill, cancellationToken);
    }

    /// <summary>Places a skill under another one (one more parent); refused when it would close a cycle.</summary>
    public async Task AttachParentAsync(ActingUser actor, int id, int parentId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        actor.RequireRole(Roles.Curator);
        if (parentId == id)
        {
            throw new ValidationFailedException("ParentId", Messages.Skills_SkillCannotOwnParent);
        }

        await using var db = await dbFactory.CreateAsync(actor, cancellationToken);
        var skill = await LoadEditableAsync(db, id, cancellationToken);
        await RequireUsableAsync(db, parentId, "ParentId", cancellationToken);
        var link = skill.Parents.SingleOrDefault(l => l.ParentId == parentId);
        if (link is { Detached: false })
        {
            throw new ValidationFailedException("ParentId", Messages.Skills_SkillAlreadyParent);
        }

        if ((await GraphAsync(db, cancellationToken)).WouldCycle(id, parentId))
        {
            throw new ValidationFailedException("ParentId", Messages.Skills_SkillLiesUnderEdit);
        }

        if (link is not null)
        {
            link.Detached = false; // an imported link a curator had detached
        }
        else
        {
            skill.Parents.Add(new SkillParentLink { ChildId = id, ParentId = parentId, Origin = SkillOrigin.Curator });
        }

        await SaveAsync(db, skill, cancellationToken);
    }

    /// <summary>
    /// Detaches a parent. A skill keeps at least one: its last parent can only be replaced (attach the new
    /// one first), so no skill silently leaves its family (ADR 0010).
    /// </summary>
    public async Task DetachParentAsync(ActingUser actor, int id, int parentId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        actor.RequireRole(Roles.Curator);
        await using var db = await dbFactory.CreateAsync(actor, cancellationToken);
        var skill = await LoadEditableAsync(db, id, cancellationToken);
        var link = skill.Parents.SingleOrDefault(l => l.ParentId == parentId && !l.Detached)
            ?? throw new ValidationFailedException("ParentId", Messages.Skills_SkillNotParentEdit);
        if (skill.Parents.Count(l => !l.Detached) == 1)
        {
            throw new ValidationFailedException("ParentId", Messages.Skills_SkillKeepsLeastParent);
        }

        if (link.Origin == SkillOrigin.Curator)
        {
            skill.Parents.Remove(link);
        }
        else
        {
            link.Detached = true; // so that the next import does not attach it again
        }

        await SaveAsync(db, skill, cancellationToken);
    }

    /// <summary>Adds a curator's skill, coded <c>custom:&lt;slug of the English label&gt;</c>; returns its id.</summary>
    public async Task<int> CreateCustomAsync(ActingUser actor, CustomSkillInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(input);
        actor.RequireRole(Roles.Curator);
        var labelEn = TaxonomyRules.Clean(input.LabelEn);
        var labelFr = TaxonomyRules.Clean(input.LabelFr);
        var errors = LabelErrors(labelEn, labelFr);
        if (!errors.ContainsKey(nameof(input.LabelEn)))
        {
            await RefuseNameOfAnotherAsync(errors, nameof(input.LabelEn), labelEn, null, cancellationToken);
        }

        if (labelFr.Length > 0 && !errors.ContainsKey(nameof(input.LabelFr)))
        {
            await RefuseNameOfAnotherAsync(errors, nameof(input.LabelFr), labelFr, null, cancellationToken);
        }

        await using var db = await dbFactory.CreateAsync(actor, cancellationToken);
        var code = errors.ContainsKey(nameof(input.LabelEn)) ? "" : TaxonomyRules.CustomCode(labelEn);
        if (code.Length > 0 && await db.SkillTags.AnyAsync(s => s.Code == code, cancellationToken))
        {
            InputValidation.Add(errors, nameof(input.LabelEn), Messages.Format(Messages.Skills_SkillCodeAlreadyExists, code));
        }

        if (input.ParentId is { } parentId)
        {
            var parent = await db.SkillTags.AsNoTracking().Where(s => s.Id == parentId).Select(s => (SkillStatus?)s.Status).SingleOrDefaultAsync(cancellationToken);
            if (parent != SkillStatus.Active)
            {
                InputValidation.Add(errors, nameof(input.ParentId), Messages.Skills_ChooseActiveSkillParent);
            }
        }

        InputValidation.ThrowIfAny(errors);
        var skill = new SkillTag
        {
            Code = code, Type = SkillConceptType.Skill, Origin = SkillOrigin.Curator, LabelEn = labelEn,
            LabelFr = labelFr.Length == 0 ? null : labelFr, LabelEnCurated = true, LabelFrCurated = labelFr.Length > 0, UpdatedAt = Now(),
        };
        if (input.ParentId is { } parent2)
        {
            skill.Parents.Add(new SkillParentLink { ParentId = parent2, Origin = SkillOrigin.Curator });
        }

        db.SkillTags.Add(skill);
        await CommitAsync(db, cancellationToken);
        return skill.Id;
    }

    /// <summary>
    /// Takes a skill out of the picker: profiles and missions that have it keep it and keep matching on
    /// it, but no one can choose it again. <see cref="RestoreAsync"/> undoes it.
    /// </summary>
    public Task DeprecateAsync(ActingUser actor, int id, CancellationToken cancellationToken = default) =>
        SetStatusAsync(actor, id, SkillStatus.Active, SkillStatus.Deprecated, Messages.Skills_OnlyActiveSkillDeprecated, cancellationToken);

    /// <summary>Offers a deprecated skill again.</summary>
    public Task RestoreAsync(ActingUser actor, int id, CancellationToken cancellationToken = default) =>
        SetStatusAsync(actor, id, SkillStatus.Deprecated, SkillStatus.Active, Messages.Skills_OnlyDeprecatedSkillOffered, cancellationToken);

    /// <summary>
    /// Merges <paramref name="id"/> into <paramref name="targetId"/>, in one transaction: profiles and
    /// missions move to the survivor, the merged skill's labels and synonyms become its synonyms, its
    /// parents, children and relations are kept on the survivor where they make sense (ADR 0010), and it
    /// stays in the database as merged, pointing at the survivor.
    /// </summary>
    public async Task<SkillMergeResult> MergeAsync(ActingUser actor, int id, int targetId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        actor.RequireRole(Roles.Curator);
        if (targetId == id)
        {
            throw new ValidationFailedException("TargetId", Messages.Skills_SkillCannotMergedInto);
        }

        await using var db = await dbFactory.CreateAsync(actor, cancellationToken);
        var skills = await db.SkillTags.Include(s => s.AltLabels).Include(s => s.Parents).AsSplitQuery()
            .Where(s => s.Id == id || s.Id == targetId).ToListAsync(cancellationToken);
        var source = skills.SingleOrDefault(s => s.Id == id) ?? throw new NotFoundException(Messages.Skills_SkillDoesNotExist);
        var target = skills.SingleOrDefault(s => s.Id == targetId)
            ?? throw new ValidationFailedException("TargetId", Messages.Skills_SkillKeepDoesNot);
        if (source.Status == SkillStatus.Merged)
        {
            throw new DomainException("skill.merged", Messages.Skills_SkillAlreadyMergedInto);
        }

        if (target.Status != SkillStatus.Active)
        {
            throw new ValidationFailedException("TargetId", Messages.Skills_SkillKeepActiveNot);
        }

        var result = await new TaxonomyMerge(db, source, target, Now()).RunAsync(cancellationToken);
        await CommitAsync(db, cancellationToken);
        return result;
    }

    internal static async Task<TaxonomyGraph> GraphAsync(IAppDb db, CancellationToken cancellationToken)
    {
        var links = await db.SkillParentLinks.AsNoTracking().Where(l => !l.Detached).Select(l => new { l.ChildId, l.ParentId }).ToListAsync(cancellationToken);
        return new TaxonomyGraph(links.ToLookup(l => l.ChildId, l => l.ParentId));
    }

    /// <summary>Adds a curator's synonym, or brings back a removed one of the same text (the table holds one row per text).</summary>
    internal static bool AddSynonym(SkillTag skill, string language, string text)
    {
        var removed = skill.AltLabels.FirstOrDefault(a => a.Removed && a.Language == language && TaxonomyRules.SameText(a.Text, text));
        if (removed is not null)
        {
            removed.Removed = false;
            return true;
        }

        if (skill.AltLabels.Any(a => a.Language == language && TaxonomyRules.SameText(a.Text, text)))
        {
            return false;
        }

        skill.AltLabels.Add(new SkillAltLabel { Language = language, Text = text, Origin = SkillOrigin.Curator });
        return true;
    }

    /// <summary>The English label is required, the French one optional; both cleaned already.</summary>
    private static Dictionary<string, List<string>> LabelErrors(string labelEn, string labelFr)
    {
        var errors = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        if (TaxonomyRules.Problem(labelEn, Messages.Skills_WhatEnglishLabel) is { } enProblem)
        {
            InputValidation.Add(errors, nameof(SkillLabelsInput.LabelEn), enProblem);
        }

        if (labelFr.Length > 0 && TaxonomyRules.Problem(labelFr, Messages.Skills_WhatFrenchLabel) is { } frProblem)
        {
            InputValidation.Add(errors, nameof(SkillLabelsInput.LabelFr), frProblem);
        }

        return errors;
    }

    private async Task SetStatusAsync(ActingUser actor, int id, SkillStatus from, SkillStatus to, string refusal, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        actor.RequireRole(Roles.Curator);
        await using var db = await dbFactory.CreateAsync(actor, cancellationToken);
        var skill = await db.SkillTags.SingleOrDefaultAsync(s => s.Id == id, cancellationToken) ?? throw new NotFoundException(Messages.Skills_SkillDoesNotExist);
        if (skill.Status != from)
        {
            throw new DomainException("skill.status", refusal);
        }

        skill.Status = to;
        await SaveAsync(db, skill, cancellationToken);
    }

    /// <summary>A skill a curator may edit: it exists and was not merged (a merged skill is history; edit the survivor).</summary>
    private static async Task<SkillTag> LoadEditableAsync(IAppDb db, int id, CancellationToken cancellationToken)
    {
        var skill = await db.SkillTags.Include(s => s.AltLabels).Include(s => s.Parents).AsSplitQuery()
            .SingleOrDefaultAsync(s => s.Id == id, cancellationToken) ?? throw new NotFoundException(Messages.Skills_SkillDoesNotExist);
        return skill.Status == SkillStatus.Merged
            ? throw new DomainException("skill.merged", Messages.Skills_SkillMergedIntoAnother)
            : skill;
    }

    private static async Task RequireUsableAsync(IAppDb db, int id, string field, CancellationToken cancellationToken)
    {
        var status = await db.SkillTags.AsNoTracking().Where(s => s.Id == id).Select(s => (SkillStatus?)s.Status).SingleOrDefaultAsync(cancellationToken);
        if (status != SkillStatus.Active)
        {
            throw new ValidationFailedException(field, status is null ? Messages.Skills_SkillDoesNotExist : Messages.Skills_ChooseActiveSkill);
        }
    }

    /// <summary>A label or synonym that already names another active skill would make the picker and the CSV import ambiguous.</summary>
    private async Task RefuseNameOfAnotherAsync(Dictionary<string, List<string>> errors, string field, string text, int? self, CancellationToken cancellationToken)
    {
        if (await catalogue.FindExactAsync(text, cancellationToken) is { } other && other != self)
        {
            var label = (await catalogue.LabelsAsync([other], "en", cancellationToken)).GetValueOrDefault(other, text);
            InputValidation.Add(errors, field, Messages.Format(Messages.Skills_AlreadyNamesSkill, text, label));
        }
    }

    /// <summary>Saves the edit of a skill; its <see cref="SkillTag.UpdatedAt"/> changes, so the change feed sees a taxonomy change.</summary>
    private async Task SaveAsync(IAppDb db, SkillTag skill, CancellationToken cancellationToken)
    {
        skill.UpdatedAt = Now();
        db.SkillTags.Entry(skill).Property(s => s.UpdatedAt).IsModified = true;
        await CommitAsync(db, cancellationToken);
    }

    /// <summary>
    /// Saves in an explicit transaction, which the change feed reports at its commit: the feed forgets
    /// what it noted when a transaction starts, so a save of several statements without one (EF Core's
    /// own transaction) would reach no listener.
    /// </summary>
    private async Task CommitAsync(IAppDb db, CancellationToken cancellationToken)
    {
        await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken))
        {
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }

        catalogue.Invalidate();
    }

    private DateTime Now() => clock.GetUtcNow().UtcDateTime;
}
