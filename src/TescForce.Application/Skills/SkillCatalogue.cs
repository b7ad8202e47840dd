using Microsoft.EntityFrameworkCore;
using TescForce.Application.Common.Persistence;
using TescForce.Application.Missions.Text;
using TescForce.Application.Skills.Search;
using TescForce.Domain.Skills;

namespace TescForce.Application.Skills;

/// <summary>
/// The active skills held in memory for the picker, label lookups and label resolution. Built from the
/// database on first use (about 2,000 skills, 50 ms) and rebuilt after the taxonomy changes; readers
/// always see a complete, immutable snapshot.
/// </summary>
public sealed class SkillCatalogue(IAppDbFactory dbFactory) : IDisposable
{
    private readonly SemaphoreSlim _loading = new(1, 1);
    private volatile Snapshot? _snapshot;

    public async Task<IReadOnlyList<SkillOption>> SearchAsync(string? query, string language, int limit = 20, CancellationToken cancellationToken = default)
    {
        var snapshot = await GetAsync(cancellationToken);
        return snapshot.Index.Search(query ?? "", limit, language)
            .Select(hit => snapshot.Option(hit.SkillId, language, hit.Kind != SkillMatchKind.Exact || !snapshot.IsPreferred(hit) ? hit.MatchedLabel : null))
            .ToList();
    }

    /// <summary>Labels of the given skills in the language (unknown ids are left out).</summary>
    public async Task<IReadOnlyDictionary<int, string>> LabelsAsync(IEnumerable<int> ids, string language, CancellationToken cancellationToken = default)
    {
        var snapshot = await GetAsync(cancellationToken);
        return ids.Distinct().Where(snapshot.Skills.ContainsKey).ToDictionary(id => id, id => snapshot.Skills[id].Label(language));
    }

    public async Task<SkillOption?> FindAsync(int id, string language, CancellationToken cancellationToken = default)
    {
        var snapshot = await GetAsync(cancellationToken);
        return snapshot.Skills.ContainsKey(id) ? snapshot.Option(id, language, null) : null;
    }

    /// <summary>Maps a label typed by someone (French or English, label or synonym) to a skill.</summary>
    /// <summary>One skill with its synonyms and its active parents and children; null when there is no such skill.</summary>
    public async Task<SkillDetails?> DetailsAsync(int id, string language, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateAsync(cancellationToken);
        var skill = await db.SkillTags.AsNoTracking().Include(s => s.AltLabels).AsSplitQuery()
            .SingleOrDefaultAsync(s => s.Id == id, cancellationToken);
        if (skill is null)
        {
            return null;
        }

        var parents = db.SkillParentLinks.Where(l => l.ChildId == id && !l.Detached).Select(l => l.ParentId);
        var children = db.SkillParentLinks.Where(l => l.ParentId == id && !l.Detached).Select(l => l.ChildId);
        var linked = await db.SkillTags.AsNoTracking()
            .Where(s => s.Status == SkillStatus.Active && (parents.Contains(s.Id) || children.Contains(s.Id)))
            .Select(s => new { s.Id, s.LabelEn, s.LabelFr, IsParent = parents.Contains(s.Id) })
            .ToListAsync(cancellationToken);
        List<SkillRef> Refs(bool parent) =>
            [.. linked.Where(s => s.IsParent == parent).Select(s => new SkillRef(s.Id, new SkillNames(s.LabelEn, s.LabelFr).Label(language)))
                .OrderBy(s => s.Label, StringComparer.OrdinalIgnoreCase)];

        return new SkillDetails(skill.Id, skill.Code, skill.Label(language), skill.LabelEn, skill.LabelFr, skill.Status, skill.MergedIntoId,
            [.. skill.AltLabels.Where(a => !a.Removed).OrderBy(a => a.Language, StringComparer.Ordinal).ThenBy(a => a.Text, StringComparer.OrdinalIgnoreCase)
                .Select(a => new SkillSynonymText(a.Language, a.Text))],
            Refs(parent: true), Refs(parent: false));
    }

    public async Task<SkillResolution> ResolveAsync(string label, string language, CancellationToken cancellationToken = default) =>
        Resolve(await GetAsync(cancellationToken), label, language);

    /// <summary>A resolver bound to the current snapshot, for resolving many labels (an import) without awaiting each.</summary>
    public async Task<Func<string, SkillResolution>> CreateResolverAsync(string language, CancellationToken cancellationToken = default)
    {
        var snapshot = await GetAsync(cancellationToken);
        return label => Resolve(snapshot, label, language);
    }

    /// <summary>
    /// The skills a free text (a pasted job description, French or English) mentions by their labels or
    /// synonyms, in the order of their first mention, at most <paramref name="limit"/>; labels in
    /// <paramref name="language"/>. See <see cref="SkillPhraseMatcher"/> for how the text is read.
    /// </summary>
    public async Task<IReadOnlyList<SkillProposal>> ProposeFromTextAsync(string text, string language, int limit = 30, CancellationToken cancellationToken = default)
    {
        var snapshot = await GetAsync(cancellationToken);
        return snapshot.Phrases.Value.Match(text, limit)
            .Select(m => new SkillProposal(m.SkillId, snapshot.Skills[m.SkillId].Label(language), m.MatchedText, m.Occurrences, m.FirstIndex))
            .ToList();
    }

    /// <summary>
    /// Ids of the skills whose labels or synonyms match the query, best first, whatever their status
    /// (deprecated and merged ones too): the curators' search of the whole catalogue.
    /// </summary>
    public async Task<IReadOnlyList<int>> SearchAllAsync(string query, string language, int limit, CancellationToken cancellationToken = default)
    {
        var snapshot = await GetAsync(cancellationToken);
        return snapshot.Everything.Value.Search(query, limit, language).Select(hit => hit.SkillId).ToList();
    }

    /// <summary>The skill an exact label or synonym (ignoring case and accents) names among the active skills, if any.</summary>
    public async Task<int?> FindExactAsync(string label, CancellationToken cancellationToken = default)
    {
        var snapshot = await GetAsync(cancellationToken);
        var normalized = SkillTextNormalizer.Normalize(label);
        return normalized.Length > 0 && snapshot.ExactLabels.TryGetValue(normalized, out var id) ? id : null;
    }

    /// <summary>Forget the snapshot: the next call reloads the taxonomy (after a curator's change).</summary>
    public void Invalidate() => _snapshot = null;

    public void Dispose() => _loading.Dispose();

    private static SkillResolution Resolve(Snapshot snapshot, string label, string language)
    {
        var normalized = SkillTextNormalizer.Normalize(label);
        if (normalized.Length > 0 && snapshot.ExactLabels.TryGetValue(normalized, out var id))
        {
            return new SkillResolution(id, []);
        }

        var suggestions = snapshot.Index.Search(label, 3, language).Select(h => snapshot.Option(h.SkillId, language, null)).ToList();
        return new SkillResolution(null, suggestions);
    }

    private async Task<Snapshot> GetAsync(CancellationToken cancellationToken)
    {
        if (_snapshot is { } ready)
        {
            return ready;
        }

        await _loading.WaitAsync(cancellationToken);
        try
        {
            return _snapshot ??= await LoadAsync(cancellationToken);
        }
        finally
        {
            _loading.Release();
        }
    }

    private async Task<Snapshot> LoadAsync(CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateAsync(cancellationToken);
        var all = await db.SkillTags.AsNoTracking()
            .Select(s => new { s.Id, s.LabelEn, s.LabelFr, s.Status })
            .ToListAsync(cancellationToken);
        var skills = all.Where(s => s.Status == SkillStatus.Active).ToList();
        var synonyms = await db.SkillAltLabels.AsNoTracking().Where(a => !a.Removed)
            .Select(a => new { a.SkillTagId, a.Language, a.Text })
            .ToListAsync(cancellationToken);
        var synonymsBySkill = synonyms.ToLookup(s => s.SkillTagId);

        SkillSearchDocument Document(int id, string labelEn, string? labelFr)
        {
            var labels = new List<SkillSearchLabel> { new(labelEn, "en", SkillLabelKind.Preferred) };
            if (!string.IsNullOrWhiteSpace(labelFr))
            {
                labels.Add(new SkillSearchLabel(labelFr, "fr", SkillLabelKind.Preferred));
            }

            labels.AddRange(synonymsBySkill[id].Select(a => new SkillSearchLabel(a.Text, a.Language, SkillLabelKind.Alternative)));
            return new SkillSearchDocument(id, labels);
        }

        var documents = skills.OrderBy(s => s.Id).Select(s => Document(s.Id, s.LabelEn, s.LabelFr)).ToList();
        var exact = new Dictionary<string, int>(StringComparer.Ordinal);

        // Every preferred label claims its text before any synonym does (ESCO lists "TensorFlow" as a
        // synonym of "computer vision", yet "TensorFlow" must resolve to the TensorFlow skill); the
        // lowest id wins ties, so resolution is stable.
        foreach (var kind in new[] { SkillLabelKind.Preferred, SkillLabelKind.Alternative })
        {
            foreach (var document in documents)
            {
                foreach (var label in document.Labels.Where(l => l.Kind == kind))
                {
                    exact.TryAdd(SkillTextNormalizer.Normalize(label.Text), document.SkillId);
                }
            }
        }

        var names = skills.ToDictionary(s => s.Id, s => new SkillNames(s.LabelEn, s.LabelFr));
        // The phrase matcher is built on the first pasted description only: most snapshots never need it.
        // The index of every skill, whatever its status, serves only the curators' search: built on its first use.
        var everything = new Lazy<SkillSearchIndex>(() => SkillSearchIndex.Build(all.OrderBy(s => s.Id).Select(s => Document(s.Id, s.LabelEn, s.LabelFr))));
        return new Snapshot(SkillSearchIndex.Build(documents), names, exact, new Lazy<SkillPhraseMatcher>(() => SkillPhraseMatcher.FromDocuments(documents)), everything);
    }

    private sealed record SkillNames(string En, string? Fr)
    {
        public string Label(string language) => language == "fr" && !string.IsNullOrWhiteSpace(Fr) ? Fr : En;

        public string Other(string language) => language == "fr" ? En : (Fr ?? En);
    }

    private sealed record Snapshot(
        SkillSearchIndex Index,
        IReadOnlyDictionary<int, SkillNames> Skills,
        IReadOnlyDictionary<string, int> ExactLabels,
        Lazy<SkillPhraseMatcher> Phrases,
        Lazy<SkillSearchIndex> Everything)
    {
        public SkillOption Option(int id, string language, string? matched)
        {
            var names = Skills[id];
            var label = names.Label(language);
            var other = names.Other(language);
            return new SkillOption(id, label, other, matched is not null && matched != label && matched != other ? matched : null);
        }

        public bool IsPreferred(SkillSearchHit hit) =>
            Skills.TryGetValue(hit.SkillId, out var names) && (hit.MatchedLabel == names.En || hit.MatchedLabel == names.Fr);
    }
}
