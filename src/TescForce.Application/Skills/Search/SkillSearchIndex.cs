using System.Buffers;

namespace TescForce.Application.Skills.Search;

/// <summary>
/// An in-memory search over the labels of the skill taxonomy, in English and French: accent- and
/// case-insensitive, on preferred labels and synonyms, by whole label, by prefix, by words in any order
/// and with small typos. Immutable once built; any number of threads may search it at once.
/// </summary>
/// <remarks>
/// Ranking, best first: exact label; label starting with the query; every query word starting a word of
/// the label (whole words above word prefixes); then typos (Damerau–Levenshtein, optimal string
/// alignment: one edit for words of 4–7 characters, two from 8; words under 4 characters must be
/// right; a typo may also sit in a word prefix from 5 characters; the first letter must be right or
/// swapped with the second), labels that the query covers whole before longer ones, fewer typos first. At equal match quality a preferred label beats a synonym, a label in the
/// preferred language gets a small bonus, a shorter label beats a longer one, and the lower
/// <see cref="SkillSearchHit.SkillId"/> wins the remaining ties. Each skill appears once, with its best
/// label. <see cref="SkillSearchHit.Score"/> lies in (0, 1] and is comparable within one query only.
/// </remarks>
public sealed class SkillSearchIndex
{
    /// <summary>Longer queries are cut to this many characters.</summary>
    public const int MaxQueryLength = 200;

    /// <summary>Words of the query beyond this many are ignored by word matching.</summary>
    public const int MaxQueryWords = 12;

    private const int MinFuzzyLength = 4;
    private const int MinFuzzyPrefixLength = 5;
    private const int MaxFuzzyLength = 40;

    // Tiers of match quality; see Score.
    private const int TierExact = 10;
    private const int TierPrefix = 9;
    private const int TierWholeWords = 8;
    private const int TierWordPrefixes = 7;
    private const int TierFuzzyBest = 6;
    private const double TierWeight = 20;
    private const double PreferredBonus = 10;
    private const double LanguageBonus = 4;
    private const double MaxLengthBonus = 2;
    private const int LengthBonusCap = 200;
    private const double MaxRawScore = (TierExact * TierWeight) + PreferredBonus + LanguageBonus + MaxLengthBonus;

    // Quality of a query word against a vocabulary word.
    private const int QualityWhole = 0;
    private const int QualityPrefix = 1;

    /// <summary>Scratch arrays that are always handed back zeroed, so that they need no clearing on rent.</summary>
    private static readonly ArrayPool<int> CleanPool = ArrayPool<int>.Create();

    private static readonly IComparer<string> Ordinal = StringComparer.Ordinal;

    private static readonly Comparer<(int Word, int Quality)> ByQuality =
        Comparer<(int Word, int Quality)>.Create((a, b) => a.Quality != b.Quality ? a.Quality.CompareTo(b.Quality) : a.Word.CompareTo(b.Word));

    private readonly int[] _skillIds;
    private readonly int[] _labelSkill;
    private readonly string[] _labelText;
    private readonly string[] _labelLanguage;
    private readonly bool[] _labelPreferred;
    private readonly int[] _labelLength;
    private readonly int[] _labelWordCount;
    private readonly string[] _compactSorted;
    private readonly int[] _compactLabel;
    private readonly string[] _vocabulary;
    private readonly int[][] _postings;
    private readonly Dictionary<char, int[]> _fuzzyBuckets;

    private SkillSearchIndex(
        int[] skillIds,
        int[] labelSkill,
        string[] labelText,
        string[] labelLanguage,
        bool[] labelPreferred,
        int[] labelLength,
        int[] labelWordCount,
        string[] compactSorted,
        int[] compactLabel,
        string[] vocabulary,
        int[][] postings,
        Dictionary<char, int[]> fuzzyBuckets)
    {
        _skillIds = skillIds;
        _labelSkill = labelSkill;
        _labelText = labelText;
        _labelLanguage = labelLanguage;
        _labelPreferred = labelPreferred;
        _labelLength = labelLength;
        _labelWordCount = labelWordCount;
        _compactSorted = compactSorted;
        _compactLabel = compactLabel;
        _vocabulary = vocabulary;
        _postings = postings;
        _fuzzyBuckets = fuzzyBuckets;
    }

    /// <summary>An index with no skill: every search finds nothing.</summary>
    public static SkillSearchIndex Empty { get; } = Build([]);

    /// <summary>How many skills the index holds.</summary>
    public int SkillCount => _skillIds.Length;

    /// <summary>How many distinct labels (after normalisation) the index holds.</summary>
    public int LabelCount => _labelSkill.Length;

    /// <summary>How many distinct words (and word variants) the labels hold.</summary>
    public int WordCount => _vocabulary.Length;

    /// <summary>
    /// Builds the index. Labels that normalise to nothing are skipped, as are repeats of a label of the
    /// same skill in the same language (the preferred one is kept). Documents that share a skill id are
    /// merged.
    /// </summary>
    public static SkillSearchIndex Build(IEnumerable<SkillSearchDocument> documents)
    {
        ArgumentNullException.ThrowIfNull(documents);

        var skillOrdinals = new Dictionary<int, int>();
        var skillIds = new List<int>();
        var labels = new List<(int Skill, string Text, string Language, bool Preferred, string Normalized)>();
        var seen = new Dictionary<(int Skill, string Normalized, string Language), int>();

        foreach (var document in documents)
        {
            if (document?.Labels is null)
            {
                continue;
            }

            foreach (var label in document.Labels)
            {
                if (label is null || string.IsNullOrWhiteSpace(label.Text))
                {
                    continue;
                }

                var normalized = SkillTextNormalizer.Normalize(label.Text);
                if (normalized.Length == 0)
                {
                    continue;
                }

                if (!skillOrdinals.TryGetValue(document.SkillId, out var skill))
                {
                    skill = skillIds.Count;
                    skillOrdinals.Add(document.SkillId, skill);
                    skillIds.Add(document.SkillId);
                }

                var language = label.Language?.Trim().ToLowerInvariant() ?? "";
                var preferred = label.Kind == SkillLabelKind.Preferred;
                var key = (skill, normalized, language);
                if (seen.TryGetValue(key, out var existing))
                {
                    if (preferred && !labels[existing].Preferred)
                    {
                        labels[existing] = (skill, label.Text.Trim(), language, true, normalized);
                    }

                    continue;
                }

                seen.Add(key, labels.Count);
                labels.Add((skill, label.Text.Trim(), language, preferred, normalized));
            }
        }

        var count = labels.Count;
        var labelSkill = new int[count];
        var labelText = new string[count];
        var labelLanguage = new string[count];
        var labelPreferred = new bool[count];
        var labelLength = new int[count];
        var labelWordCount = new int[count];
        var compact = new string[count];
        var wordLabels = new Dictionary<string, List<int>>(StringComparer.Ordinal);

        for (var i = 0; i < count; i++)
        {
            var (skill, text, language, preferred, normalized) = labels[i];
            labelSkill[i] = skill;
            labelText[i] = text;
            labelLanguage[i] = string.Intern(language);
            labelPreferred[i] = preferred;
            labelLength[i] = normalized.Length;
            compact[i] = SkillTextNormalizer.Compact(normalized);

            var words = SkillTextNormalizer.TokenizeNormalized(normalized);
            labelWordCount[i] = words.Distinct(StringComparer.Ordinal).Count();
            foreach (var word in words)
            {
                foreach (var variant in SkillTextNormalizer.TokenVariants(word))
                {
                    if (!wordLabels.TryGetValue(variant, out var list))
                    {
                        list = [];
                        wordLabels.Add(variant, list);
                    }

                    // Labels are added in order, so a repeat can only be the last entry.
                    if (list.Count == 0 || list[^1] != i)
                    {
                        list.Add(i);
                    }
                }
            }
        }

        var compactLabel = Enumerable.Range(0, count).ToArray();
        var compactSorted = (string[])compact.Clone();
        Array.Sort(compactSorted, compactLabel, StringComparer.Ordinal);

        var vocabulary = wordLabels.Keys.ToArray();
        Array.Sort(vocabulary, StringComparer.Ordinal);
        var postings = new int[vocabulary.Length][];
        for (var w = 0; w < vocabulary.Length; w++)
        {
            postings[w] = [.. wordLabels[vocabulary[w]]];
        }

        var fuzzyBuckets = Enumerable.Range(0, vocabulary.Length)
            .Where(w => vocabulary[w].Length >= MinFuzzyLength - 2)
            .GroupBy(w => vocabulary[w][0])
            .ToDictionary(
                g => g.Key,
                g => g.OrderBy(w => vocabulary[w].Length).ThenBy(w => w).ToArray());

        return new SkillSearchIndex(
            [.. skillIds], labelSkill, labelText, labelLanguage, labelPreferred, labelLength, labelWordCount,
            compactSorted, compactLabel, vocabulary, postings, fuzzyBuckets);
    }

    /// <summary>
    /// Finds the skills whose labels match <paramref name="query"/>, best first, one hit per skill.
    /// Never throws: a null, blank or unusable query, or a <paramref name="limit"/> under 1, gives an
    /// empty list.
    /// </summary>
    /// <param name="preferredLanguage">"en" or "fr": labels in that language win ties.</param>
    public IReadOnlyList<SkillSearchHit> Search(string query, int limit = 20, string? preferredLanguage = null)
    {
        if (limit <= 0 || string.IsNullOrWhiteSpace(query) || _labelSkill.Length == 0)
        {
            return [];
        }

        var text = query.Length > MaxQueryLength ? query.AsSpan(0, MaxQueryLength) : query.AsSpan();
        var normalized = SkillTextNormalizer.Normalize(text);
        if (normalized.Length == 0)
        {
            return [];
        }

        var language = string.IsNullOrWhiteSpace(preferredLanguage) ? null : preferredLanguage.Trim();
        var labelCount = _labelSkill.Length;
        var tier = CleanPool.Rent(labelCount);
        var matched = CleanPool.Rent(labelCount);
        var edits = CleanPool.Rent(labelCount);
        var skillBest = CleanPool.Rent(_skillIds.Length);
        var candidates = new List<int>();
        var wordCandidates = new List<int>();
        var skills = new List<int>();
        try
        {
            var words = SkillTextNormalizer.TokenizeNormalized(normalized)
                .Distinct(StringComparer.Ordinal)
                .Take(MaxQueryWords)
                .ToList();
            MatchWords(words, matched, edits, wordCandidates);
            foreach (var label in wordCandidates)
            {
                if (matched[label] == words.Count)
                {
                    var labelTier = edits[label] switch
                    {
                        0 => TierWholeWords,
                        1 => TierWordPrefixes,
                        var e => FuzzyTier(e >> 1, _labelWordCount[label] <= words.Count),
                    };
                    tier[label] = labelTier;
                    candidates.Add(label);
                }
            }

            MatchWholeLabels(SkillTextNormalizer.Compact(normalized), tier, candidates);

            foreach (var label in candidates)
            {
                var skill = _labelSkill[label];
                var best = skillBest[skill] - 1;
                if (best < 0)
                {
                    skills.Add(skill);
                    skillBest[skill] = label + 1;
                }
                else if (Compare(label, best, tier, language) < 0)
                {
                    skillBest[skill] = label + 1;
                }
            }

            var top = SelectTop(skills, skillBest, tier, language, limit);
            var hits = new SkillSearchHit[top.Length];
            for (var i = 0; i < top.Length; i++)
            {
                var label = top[i];
                hits[i] = new SkillSearchHit(
                    _skillIds[_labelSkill[label]],
                    RawScore(label, tier[label], language) / MaxRawScore,
                    _labelText[label],
                    _labelLanguage[label],
                    KindOf(tier[label]));
            }

            return hits;
        }
        finally
        {
            foreach (var label in wordCandidates)
            {
                matched[label] = 0;
                edits[label] = 0;
                tier[label] = 0;
            }

            foreach (var label in candidates)
            {
                tier[label] = 0;
            }

            foreach (var skill in skills)
            {
                skillBest[skill] = 0;
            }

            CleanPool.Return(tier);
            CleanPool.Return(matched);
            CleanPool.Return(edits);
            CleanPool.Return(skillBest);
        }
    }

    /// <summary>
    /// Typo matches rank by how much of the label the query covers first (a label of no more words than
    /// the query, such as "cybersecurity" for "cybersecurty", before "handle cybersecurity incidents"),
    /// then by the number of typos.
    /// </summary>
    private static int FuzzyTier(int typos, bool wholeLabel) => (typos, wholeLabel) switch
    {
        (1, true) => TierFuzzyBest,
        (2, true) => TierFuzzyBest - 1,
        (1, false) => TierFuzzyBest - 2,
        (2, false) => TierFuzzyBest - 3,
        (_, true) => TierFuzzyBest - 4,
        _ => TierFuzzyBest - 5,
    };

    private static SkillMatchKind KindOf(int tier) => tier switch
    {
        TierExact => SkillMatchKind.Exact,
        TierPrefix => SkillMatchKind.Prefix,
        TierWholeWords or TierWordPrefixes => SkillMatchKind.Word,
        _ => SkillMatchKind.Fuzzy,
    };

    /// <summary>
    /// Word matching: a label is a candidate when each query word starts one of its words, or is within
    /// the allowed typos of one. <paramref name="matched"/> counts the query words a label has matched so
    /// far; <paramref name="edits"/> holds twice the typos, plus one if some word matched only as a prefix.
    /// </summary>
    private void MatchWords(List<string> words, int[] matched, int[] edits, List<int> touched)
    {
        var step = 0;
        var vocabularyMatches = new List<(int Word, int Quality)>();
        foreach (var word in words)
        {
            vocabularyMatches.Clear();
            FindVocabulary(word, vocabularyMatches);
            if (vocabularyMatches.Count == 0)
            {
                return;
            }

            foreach (var (vocabularyWord, quality) in vocabularyMatches)
            {
                // Matches come best first, so the first one a label meets is its best for this word.
                var penalty = quality switch
                {
                    QualityWhole => 0,
                    QualityPrefix => 1,
                    var typos => 2 * (typos - QualityPrefix),
                };
                foreach (var label in _postings[vocabularyWord])
                {
                    if (matched[label] != step)
                    {
                        continue;
                    }

                    if (step == 0)
                    {
                        touched.Add(label);
                    }

                    matched[label] = step + 1;
                    edits[label] = penalty == 1 ? edits[label] | 1 : edits[label] + penalty;
                }
            }

            step++;
        }
    }

    /// <summary>
    /// The vocabulary words a query word matches, best first: itself, the words it starts, then the words
    /// within the allowed typos (quality 2 for one typo, 3 for two).
    /// </summary>
    private void FindVocabulary(string word, List<(int Word, int Quality)> found)
    {
        AddWholeAndPrefix(word, found);

        // node.js also finds nodejs (and the other way round through the labels' variants).
        if (word.IndexOf('.', 1) > 0)
        {
            var dotless = word.Replace(".", "", StringComparison.Ordinal);
            if (dotless.Length > 0)
            {
                AddWholeAndPrefix(dotless, found);
            }
        }

        if (word.Length is < MinFuzzyLength or > MaxFuzzyLength || !word.AsSpan().ContainsAnyExceptInRange('0', '9'))
        {
            return;
        }

        var maxTypos = word.Length >= 8 ? 2 : 1;
        var start = found.Count;
        AddFuzzy(word, word[0], maxTypos, found);
        if (word[1] != word[0])
        {
            // The first two letters swapped.
            AddFuzzy(word, word[1], maxTypos, found);
        }

        if (found.Count - start > 1)
        {
            found.Sort(start, found.Count - start, ByQuality);
        }
    }

    private void AddWholeAndPrefix(string word, List<(int Word, int Quality)> found)
    {
        var index = LowerBound(_vocabulary, word);
        if (index < _vocabulary.Length && string.Equals(_vocabulary[index], word, StringComparison.Ordinal))
        {
            found.Add((index, QualityWhole));
            index++;
        }

        for (; index < _vocabulary.Length && _vocabulary[index].StartsWith(word, StringComparison.Ordinal); index++)
        {
            found.Add((index, QualityPrefix));
        }
    }

    private void AddFuzzy(string word, char bucket, int maxTypos, List<(int Word, int Quality)> found)
    {
        if (!_fuzzyBuckets.TryGetValue(bucket, out var candidates))
        {
            return;
        }

        var allowPrefix = word.Length >= MinFuzzyPrefixLength;
        var minLength = word.Length - maxTypos;
        var maxLength = allowPrefix ? int.MaxValue : word.Length + maxTypos;
        var swapped = bucket != word[0];

        // Candidates are sorted by length: skip the short ones.
        int lo = 0, hi = candidates.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (_vocabulary[candidates[mid]].Length < minLength)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        for (var i = lo; i < candidates.Length; i++)
        {
            var id = candidates[i];
            var candidate = _vocabulary[id];
            if (candidate.Length > maxLength)
            {
                break;
            }

            if (swapped ? candidate.Length < 2 || candidate[1] != word[0] : candidate.StartsWith(word, StringComparison.Ordinal))
            {
                // Swapped buckets need the swap; in the own bucket, words the query starts are already found.
                continue;
            }

            var typos = BoundedDistance(word, candidate, maxTypos, allowPrefix);
            if (typos <= maxTypos)
            {
                found.Add((id, QualityPrefix + typos));
            }
        }
    }

    /// <summary>
    /// Optimal-string-alignment distance between <paramref name="query"/> and <paramref name="candidate"/>
    /// (or, when <paramref name="prefix"/>, the closest prefix of the candidate), or
    /// <c><paramref name="max"/> + 1</c> when it is larger than <paramref name="max"/>.
    /// </summary>
    internal static int BoundedDistance(ReadOnlySpan<char> query, ReadOnlySpan<char> candidate, int max, bool prefix)
    {
        var m = query.Length;
        int columns;
        if (prefix)
        {
            columns = Math.Min(candidate.Length, m + max);
            if (columns < m - max)
            {
                return max + 1;
            }
        }
        else
        {
            if (Math.Abs(candidate.Length - m) > max)
            {
                return max + 1;
            }

            columns = candidate.Length;
        }

        if (columns > 64 || m > 64)
        {
            return max + 1;
        }

        Span<int> rows = stackalloc int[3 * (columns + 1)];
        var previous2 = rows[..(columns + 1)];
        var previous = rows.Slice(columns + 1, columns + 1);
        var current = rows[(2 * (columns + 1))..];
        for (var j = 0; j <= columns; j++)
        {
            previous[j] = j;
        }

        var previousMin = 0;
        for (var i = 1; i <= m; i++)
        {
            current[0] = i;
            var rowMin = i;
            var q = query[i - 1];
            for (var j = 1; j <= columns; j++)
            {
                var c = candidate[j - 1];
                var value = Math.Min(Math.Min(previous[j], current[j - 1]) + 1, previous[j - 1] + (q == c ? 0 : 1));
                if (i > 1 && j > 1 && q == candidate[j - 2] && query[i - 2] == c)
                {
                    value = Math.Min(value, previous2[j - 2] + 1);
                }

                current[j] = value;
                rowMin = Math.Min(rowMin, value);
            }

            if (rowMin > max && previousMin > max)
            {
                return max + 1;
            }

            previousMin = rowMin;
            var recycled = previous2;
            previous2 = previous;
            previous = current;
            current = recycled;
        }

        int distance;
        if (prefix)
        {
            distance = int.MaxValue;
            for (var j = Math.Max(0, m - max); j <= columns; j++)
            {
                distance = Math.Min(distance, previous[j]);
            }
        }
        else
        {
            distance = previous[columns];
        }

        return Math.Min(distance, max + 1);
    }

    /// <summary>Whole-label matching on the compact form: equal is exact, a label starting with the query is a prefix match.</summary>
    private void MatchWholeLabels(string compactQuery, int[] tier, List<int> candidates)
    {
        if (compactQuery.Length == 0)
        {
            return;
        }

        for (var i = LowerBound(_compactSorted, compactQuery);
             i < _compactSorted.Length && _compactSorted[i].StartsWith(compactQuery, StringComparison.Ordinal);
             i++)
        {
            var label = _compactLabel[i];
            var labelTier = _compactSorted[i].Length == compactQuery.Length ? TierExact : TierPrefix;
            if (tier[label] == 0)
            {
                candidates.Add(label);
            }

            if (labelTier > tier[label])
            {
                tier[label] = labelTier;
            }
        }
    }

    private double RawScore(int label, int labelTier, string? language) =>
        (labelTier * TierWeight)
        + (_labelPreferred[label] ? PreferredBonus : 0)
        + (language is not null && string.Equals(_labelLanguage[label], language, StringComparison.OrdinalIgnoreCase) ? LanguageBonus : 0)
        + (MaxLengthBonus * (LengthBonusCap - Math.Min(_labelLength[label], LengthBonusCap)) / LengthBonusCap);

    /// <summary>Negative when label <paramref name="a"/> ranks before label <paramref name="b"/>.</summary>
    private int Compare(int a, int b, int[] tier, string? language)
    {
        var byScore = RawScore(b, tier[b], language).CompareTo(RawScore(a, tier[a], language));
        if (byScore != 0)
        {
            return byScore;
        }

        var bySkill = _skillIds[_labelSkill[a]].CompareTo(_skillIds[_labelSkill[b]]);
        return bySkill != 0 ? bySkill : a.CompareTo(b);
    }

    /// <summary>The best labels of the <paramref name="limit"/> best skills, best first.</summary>
    private int[] SelectTop(List<int> skills, int[] skillBest, int[] tier, string? language, int limit)
    {
        var size = Math.Min(limit, skills.Count);
        var top = new int[size];
        var filled = 0;
        foreach (var skill in skills)
        {
            var label = skillBest[skill] - 1;
            if (filled == size && Compare(label, top[size - 1], tier, language) >= 0)
            {
                continue;
            }

            // Insertion into the sorted top list; the last one drops out when it is full.
            var position = filled < size ? filled++ : size - 1;
            while (position > 0 && Compare(label, top[position - 1], tier, language) < 0)
            {
                top[position] = top[position - 1];
                position--;
            }

            top[position] = label;
        }

        return top;
    }

    private static int LowerBound(string[] sorted, string value)
    {
        int lo = 0, hi = sorted.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (Ordinal.Compare(sorted[mid], value) < 0)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }
}
