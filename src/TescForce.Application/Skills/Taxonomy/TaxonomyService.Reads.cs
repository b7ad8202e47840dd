using System.Globalization;
using Microsoft.EntityFrameworkCore;
using TescForce.Application.Common;
using TescForce.Application.Common.Persistence;
using TescForce.Application.Skills.Search;
using TescForce.Domain.Identity;

namespace TescForce.Application.Skills.Taxonomy;

/// <summary>The read side of <see cref="TaxonomyService"/>: the search with usage counts and one skill's details.</summary>
public sealed partial class TaxonomyService
{
    /// <summary>A text search ranks at most this many skills; the catalogue holds about 3,000.</summary>
    public const int MaxSearchHits = 500;

    public async Task<PagedResult<TaxonomyListItem>> SearchAsync(ActingUser actor, TaxonomyQuery query, PageRequest page, string language,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(page);
        actor.RequireRole(Roles.Curator);
        var text = TaxonomyRules.Clean(query.Text);
        if (text.Length > SkillSearchIndex.MaxQueryLength)
        {
            throw new ValidationFailedException(nameof(query.Text), Messages.Format(Messages.Skills_SearchMostCharacters, SkillSearchIndex.MaxQueryLength));
        }

        await using var db = await dbFactory.CreateAsync(actor, cancellationToken);
        var skills = db.SkillTags.AsNoTracking();
        if (query.Status is { } status)
        {
            skills = skills.Where(s => s.Status == status);
        }

        if (query.Origin is { } origin)
        {
            skills = skills.Where(s => s.Origin == origin);
        }

        // A few thousand small rows at most: ordered in C#, so both databases give the same order.
        var rows = await skills.Select(s => new { s.Id, s.LabelEn, s.LabelFr }).ToListAsync(cancellationToken);
        List<int> ordered;
        if (text.Length > 0)
        {
            var kept = rows.Select(r => r.Id).ToHashSet();
            ordered = (await catalogue.SearchAllAsync(text, language, MaxSearchHits, cancellationToken)).Where(kept.Contains).ToList();
        }
        else
        {
            var comparer = StringComparer.Create(CultureInfo.GetCultureInfo(language == "fr" ? "fr-FR" : "en-GB"), CompareOptions.IgnoreCase);
            ordered = rows.OrderBy(r => language == "fr" && !string.IsNullOrWhiteSpace(r.LabelFr) ? r.LabelFr : r.LabelEn, comparer)
                .ThenBy(r => r.Id).Select(r => r.Id).ToList();
        }

        var pageIds = ordered.Skip(page.Skip).Take(page.PageSize).ToList();
        var details = await db.SkillTags.AsNoTracking().Where(s => pageIds.Contains(s.Id))
            .Select(s => new { s.Id, s.Code, s.LabelEn, s.LabelFr, s.Type, s.Origin, s.Status })
            .ToDictionaryAsync(s => s.Id, cancellationToken);
        var usage = await UsageAsync(db, pageIds, cancellationToken);
        var items = pageIds.Select(id => details[id])
            .Select(s => new TaxonomyListItem(s.Id, s.Code, Label(s.LabelEn, s.LabelFr, language), Other(s.LabelEn, s.LabelFr, language),
                s.Type, s.Origin, s.Status, usage.GetValueOrDefault(s.Id, SkillUsage.None)))
            .ToList();
        return new PagedResult<TaxonomyListItem>(items, ordered.Count, page);
    }

    public async Task<TaxonomySkillDetails> GetAsync(ActingUser actor, int id, string language, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        actor.RequireRole(Roles.Curator);
        await using var db = await dbFactory.CreateAsync(actor, cancellationToken);
        var skill = await db.SkillTags.AsNoTracking().Include(s => s.AltLabels).Include(s => s.Parents).AsSplitQuery()
            .SingleOrDefaultAsync(s => s.Id == id, cancellationToken) ?? throw new NotFoundException(Messages.Skills_SkillDoesNotExist);
        var parentIds = skill.Parents.Where(l => !l.Detached).Select(l => l.ParentId).ToList();
        var childIds = await db.SkillParentLinks.AsNoTracking().Where(l => l.ParentId == id && !l.Detached).Select(l => l.ChildId).ToListAsync(cancellationToken);
        var relatedIds = await db.SkillRelations.AsNoTracking().Where(r => r.SkillId == id || r.RelatedSkillId == id)
            .Select(r => r.SkillId == id ? r.RelatedSkillId : r.SkillId).Distinct().ToListAsync(cancellationToken);
        var mergedFromIds = await db.SkillTags.AsNoTracking().Where(s => s.MergedIntoId == id).Select(s => s.Id).ToListAsync(cancellationToken);
        var linked = parentIds.Concat(childIds).Concat(relatedIds).Concat(mergedFromIds)
            .Concat(skill.MergedIntoId is { } into ? [into] : []).Distinct().ToList();
        var links = await db.SkillTags.AsNoTracking().Where(s => linked.Contains(s.Id))
            .Select(s => new { s.Id, s.LabelEn, s.LabelFr, s.Status, s.Origin })
            .ToDictionaryAsync(s => s.Id, s => new SkillLink(s.Id, Label(s.LabelEn, s.LabelFr, language), s.Status, s.Origin), cancellationToken);
        var usage = await UsageAsync(db, [id], cancellationToken);

        List<SkillLink> Links(IEnumerable<int> ids) =>
            [.. ids.Where(links.ContainsKey).Select(i => links[i]).OrderBy(l => l.Label, StringComparer.CurrentCultureIgnoreCase)];

        return new TaxonomySkillDetails(
            skill.Id, skill.Code, skill.Type, skill.Origin, skill.Status, skill.LabelEn, skill.LabelFr, skill.LabelEnCurated, skill.LabelFrCurated,
            skill.DescriptionEn, skill.MergedIntoId is { } target && links.TryGetValue(target, out var survivor) ? survivor : null,
            [.. skill.AltLabels.Where(a => !a.Removed).OrderBy(a => a.Language).ThenBy(a => a.Text, StringComparer.CurrentCultureIgnoreCase)
                .Select(a => new SkillSynonym(a.Id, a.Language, a.Text, a.Origin))],
            Links(parentIds), Links(childIds), Links(relatedIds), Links(mergedFromIds), usage.GetValueOrDefault(id, SkillUsage.None));
    }

    /// <summary>Consultant profiles having each skill and missions requiring it (any status), two grouped queries.</summary>
    public async Task<SkillUsage> UsageAsync(ActingUser actor, int id, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        actor.RequireRole(Roles.Curator);
        await using var db = await dbFactory.CreateAsync(actor, cancellationToken);
        return (await UsageAsync(db, [id], cancellationToken)).GetValueOrDefault(id, SkillUsage.None);
    }

    internal static async Task<Dictionary<int, SkillUsage>> UsageAsync(IAppDb db, IReadOnlyCollection<int> ids, CancellationToken cancellationToken)
    {
        if (ids.Count == 0)
        {
            return [];
        }

        var consultants = await db.ConsultantSkills.AsNoTracking().Where(s => ids.Contains(s.SkillTagId))
            .GroupBy(s => s.SkillTagId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        var missions = await db.MissionSkills.AsNoTracking().Where(s => ids.Contains(s.SkillTagId))
            .GroupBy(s => s.SkillTagId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        return ids.Distinct().ToDictionary(id => id, id => new SkillUsage(consultants.GetValueOrDefault(id), missions.GetValueOrDefault(id)));
    }

    private static string Label(string en, string? fr, string language) => language == "fr" && !string.IsNullOrWhiteSpace(fr) ? fr : en;

    private static string Other(string en, string? fr, string language) => language == "fr" ? en : (fr ?? en);
}
