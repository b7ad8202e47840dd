using System.Buffers;
using TescForce.Application.Skills.Search;

namespace TescForce.Application.Missions.Text;

/// <summary>
/// Finds the skills a free text mentions (a pasted job description), by their labels and synonyms in French or
/// English, as whole words and phrases after <see cref="SkillTextNormalizer"/> normalisation: case and accents do
/// not matter, <c>C++</c>, <c>C#</c>, <c>.NET</c> and <c>Node.js</c> stay words of their own. Deterministic and
/// free of any external service; built once per catalogue snapshot and safe to share between threads.
/// </summary>
/// <remarks>
/// <para>
/// The text is read left to right and, at each word, the longest label of up to <see cref="MaxPhraseWords"/>
/// words that starts there is taken; a label inside a longer one is dropped, so "machine learning" is one
/// proposal, not "learning" as well, while labels that only overlap are both kept. A phrase does
/// not run across sentence punctuation ("data. Science" is not "data science"). A word not found as it is is
/// also looked up without its dots (<c>React.js</c> → <c>reactjs</c>, <c>nodejs</c> → <c>Node.js</c>) and
/// without a version glued to <c>+</c> or <c>#</c> (<c>C++17</c> → <c>C++</c>). A label ending with a
/// qualifier in parentheses, "C (computer programming)", is also matched by its head, "C".
/// </para>
/// <para>
/// One-word labels that are everyday words are distrusted as <see cref="SkillPhraseRules"/> describes: some are
/// never proposed, some only when written as the catalogue writes them, and one-letter labels and "Go" only in
/// a technical context. Labels of one or two letters, and acronyms of up to four letters that the catalogue
/// writes with two capitals or more, are case-sensitive too ("AR", "ML", "TAL", "AVEC", "AdD"); such a word
/// joined by a dash to a code in capitals or digits is part of the code ("TF-IDF", "AR-15").
/// </para>
/// <para>
/// Only the first <see cref="MaxTextLength"/> characters are read. When a text is claimed by labels of several
/// skills, the first label given to <see cref="SkillPhraseMatcher(IEnumerable{ValueTuple{string, int}})"/> wins,
/// as in the catalogue's exact-label lookup.
/// </para>
/// </remarks>
public sealed class SkillPhraseMatcher
{
    /// <summary>Characters of a text read at most; a job description is far shorter.</summary>
    public const int MaxTextLength = 20_000;

    /// <summary>Longest label matched, in words; longer labels (ESCO has a few of 10 words and more) are left out.</summary>
    public const int MaxPhraseWords = 8;

    /// <summary>Characters between two words that end a phrase: sentence and list punctuation, brackets, line breaks.</summary>
    private static readonly SearchValues<char> PhraseBreaks = SearchValues.Create(".,;:!?()[]{}|\"«»•·\n\r");

    private readonly Dictionary<string, Entry> _entries = new(StringComparer.Ordinal);
    private readonly int _longest;

    /// <summary>Builds a matcher from labels as the catalogue writes them, most authoritative first (preferred labels, then synonyms).</summary>
    public SkillPhraseMatcher(IEnumerable<(string Label, int SkillId)> labels)
    {
        ArgumentNullException.ThrowIfNull(labels);

        var heads = new List<(string Label, int SkillId)>();
        var spellings = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var (label, skillId) in labels)
        {
            Add(label, skillId, spellings);
            if (Head(label) is { } head)
            {
                heads.Add((head, skillId));
            }
        }

        foreach (var (head, skillId) in heads)
        {
            Add(head, skillId, spellings);
        }

        // Dotless forms last, so that a label written without dots keeps its own skill.
        foreach (var (key, entry) in _entries.Where(e => e.Key.IndexOf('.', 1) > 0 && !e.Key.Contains(' ', StringComparison.Ordinal)).ToList())
        {
            _entries.TryAdd(SkillTextNormalizer.Compact(key), entry);
        }

        foreach (var (key, entry) in _entries)
        {
            if (!key.Contains(' ', StringComparison.Ordinal))
            {
                entry.Rule = RuleFor(key, spellings.GetValueOrDefault(key) ?? []);
            }
        }

        _longest = _entries.Count == 0 ? 0 : Math.Min(MaxPhraseWords, _entries.Keys.Max(k => k.Count(c => c == ' ') + 1));
    }

    /// <summary>
    /// A matcher for the labels of <paramref name="documents"/> with the catalogue's precedence: every preferred
    /// label before any synonym, then document order (the catalogue's exact-label lookup resolves the same way).
    /// </summary>
    public static SkillPhraseMatcher FromDocuments(IEnumerable<SkillSearchDocument> documents)
    {
        var list = documents as IReadOnlyCollection<SkillSearchDocument> ?? [.. documents];
        return new SkillPhraseMatcher(
            new[] { SkillLabelKind.Preferred, SkillLabelKind.Alternative }.SelectMany(kind =>
                list.SelectMany(d => d.Labels.Where(l => l.Kind == kind).Select(l => (l.Text, d.SkillId)))));
    }

    /// <summary>Number of distinct normalised labels the matcher knows.</summary>
    public int LabelCount => _entries.Count;

    /// <summary>
    /// The skills <paramref name="text"/> mentions, each once, in the order of their first mention, at most
    /// <paramref name="limit"/>.
    /// </summary>
    public IReadOnlyList<SkillPhraseMatch> Match(string? text, int limit = int.MaxValue)
    {
        if (string.IsNullOrWhiteSpace(text) || limit <= 0 || _longest == 0)
        {
            return [];
        }

        if (text.Length > MaxTextLength)
        {
            text = text[..MaxTextLength];
        }

        var tokens = TextTokenizer.Tokenize(text);
        var found = FindPhrases(text, tokens);
        ResolveContext(found, tokens);

        var bySkill = new Dictionary<int, (Found First, int Count)>();
        foreach (var phrase in found.Where(f => f.Accepted))
        {
            bySkill[phrase.Entry.SkillId] = bySkill.TryGetValue(phrase.Entry.SkillId, out var seen) ? (seen.First, seen.Count + 1) : (phrase, 1);
        }

        return bySkill.Values
            .OrderBy(v => tokens[v.First.Token].Start)
            .Take(limit)
            .Select(v =>
            {
                var start = tokens[v.First.Token].Start;
                var end = tokens[v.First.Token + v.First.Words - 1].End;
                return new SkillPhraseMatch(v.First.Entry.SkillId, text[start..end], v.Count, start);
            })
            .ToList();
    }

    /// <summary>
    /// At each word, the longest label starting there; a label inside a longer one found earlier is dropped,
    /// while labels that merely overlap are both kept ("normes ISO 26262": ISO standards and ISO 26262).
    /// </summary>
    private List<Found> FindPhrases(string text, List<TextToken> tokens)
    {
        var found = new List<Found>();
        var coveredUntil = 0;
        for (var t = 0; t < tokens.Count; t++)
        {
            var longest = 1;
            while (longest < _longest && t + longest < tokens.Count && !BreaksPhrase(text, tokens[t + longest - 1], tokens[t + longest]))
            {
                longest++;
            }

            for (var words = longest; words >= 1 && t + words > coveredUntil; words--)
            {
                if (Lookup(tokens, t, words) is not { } entry)
                {
                    continue;
                }

                var verdict = words > 1 ? Verdict.Accepted : Judge(entry, text, tokens, t);
                if (verdict == Verdict.Rejected)
                {
                    continue;
                }

                found.Add(new Found(entry, t, words) { Accepted = verdict == Verdict.Accepted });
                coveredUntil = t + words;
                break;
            }
        }

        return found;
    }

    /// <summary>An ambiguous label waiting for context is accepted next to an accepted skill ("C/C++", "Python, R").</summary>
    private static void ResolveContext(List<Found> found, List<TextToken> tokens)
    {
        if (found.TrueForAll(f => f.Accepted))
        {
            return;
        }

        var covered = new bool[tokens.Count];
        foreach (var phrase in found.Where(f => f.Accepted))
        {
            Array.Fill(covered, true, phrase.Token, phrase.Words);
        }

        // A pending label accepted here can in turn vouch for its neighbour ("C, R, Python").
        bool changed;
        do
        {
            changed = false;
            foreach (var phrase in found.Where(f => !f.Accepted))
            {
                var before = phrase.Token - 1;
                var after = phrase.Token + phrase.Words;
                if (IsCovered(covered, before) || IsCovered(covered, after)
                    || (IsConjunction(tokens, before) && IsCovered(covered, before - 1))
                    || (IsConjunction(tokens, after) && IsCovered(covered, after + 1)))
                {
                    phrase.Accepted = true;
                    Array.Fill(covered, true, phrase.Token, phrase.Words);
                    changed = true;
                }
            }
        }
        while (changed);

        found.RemoveAll(f => !f.Accepted);
    }

    private static bool IsConjunction(List<TextToken> tokens, int token) =>
        token >= 0 && token < tokens.Count && SkillPhraseRules.Conjunctions.Contains(tokens[token].Normalized);

    private static bool IsCovered(bool[] covered, int token) => token >= 0 && token < covered.Length && covered[token];

    private Entry? Lookup(List<TextToken> tokens, int start, int words)
    {
        if (words == 1)
        {
            var token = tokens[start].Normalized;
            if (_entries.TryGetValue(token, out var entry))
            {
                return entry;
            }

            if (token.IndexOf('.', 1) > 0 && _entries.TryGetValue(SkillTextNormalizer.Compact(token), out entry))
            {
                return entry;
            }

            return WithoutVersion(token) is { } bare && _entries.TryGetValue(bare, out entry) ? entry : null;
        }

        var key = string.Join(' ', tokens.Skip(start).Take(words).Select(t => t.Normalized));
        return _entries.GetValueOrDefault(key);
    }

    private static Verdict Judge(Entry entry, string text, List<TextToken> tokens, int index)
    {
        var rule = entry.Rule;
        if (rule is null)
        {
            return Verdict.Accepted;
        }

        var token = tokens[index];
        var written = text.Substring(token.Start, token.Length);
        if (!rule.Spellings.Contains(written) && !IsCapitals(written))
        {
            return Verdict.Rejected;
        }

        // "TF-IDF", "AR-15", "TF-123456": joined to a code, the letters are part of it.
        if (GluedToCode(text, tokens, index))
        {
            return Verdict.Rejected;
        }

        if (rule.NeedsContext)
        {
            return JudgeContext(text, tokens, index);
        }

        if (rule.OrdinaryWord && IsTitleCase(written) && StartsSentence(text, token.Start) && !StandsAlone(text, token.End))
        {
            return Verdict.Rejected;
        }

        return Verdict.Accepted;
    }

    private static Verdict JudgeContext(string text, List<TextToken> tokens, int index)
    {
        var token = tokens[index];

        // R&D, Q&A, C-level, l'R: glued to another word, the letter is not a language.
        if ((token.Start > 0 && text[token.Start - 1] is '&' or '-' or '\'' or '’' or '_')
            || (token.End < text.Length && text[token.End] is '&' or '-' or '\'' or '’' or '_'))
        {
            return Verdict.Rejected;
        }

        var previous = index > 0 ? tokens[index - 1].Normalized : null;
        var next = index + 1 < tokens.Count ? tokens[index + 1].Normalized : null;

        // "16 Go de RAM", "2 To": a unit after a number.
        if (previous is not null && previous.All(char.IsAsciiDigit))
        {
            return Verdict.Rejected;
        }

        if ((previous is not null && SkillPhraseRules.CuesBefore.Contains(previous)) || (next is not null && SkillPhraseRules.CuesAfter.Contains(next)))
        {
            return Verdict.Accepted;
        }

        return Verdict.Pending;
    }

    private static bool GluedToCode(string text, List<TextToken> tokens, int index)
    {
        var token = tokens[index];
        return (index > 0 && tokens[index - 1].End == token.Start - 1 && text[token.Start - 1] == '-' && !HasLowerCase(text, tokens[index - 1]))
            || (index + 1 < tokens.Count && tokens[index + 1].Start == token.End + 1 && text[token.End] == '-' && !HasLowerCase(text, tokens[index + 1]));
    }

    private static bool HasLowerCase(string text, TextToken token) => text.AsSpan(token.Start, token.Length).ContainsAnyInRange('a', 'z');

    private static bool BreaksPhrase(string text, TextToken left, TextToken right) =>
        right.Start > left.End && text.AsSpan(left.End, right.Start - left.End).ContainsAny(PhraseBreaks);

    private static bool IsCapitals(string written)
    {
        var letters = 0;
        foreach (var c in written)
        {
            if (char.IsLower(c))
            {
                return false;
            }

            if (char.IsLetter(c))
            {
                letters++;
            }
        }

        return letters >= 2;
    }

    private static bool IsTitleCase(string written) => written.Length > 1 && char.IsUpper(written[0]) && written.AsSpan(1).ContainsAnyInRange('a', 'z');

    /// <summary>Whether only blanks, bullets or opening quotes stand between the word and the start of its sentence or line.</summary>
    private static bool StartsSentence(string text, int start)
    {
        for (var i = start - 1; i >= 0; i--)
        {
            switch (text[i])
            {
                case '\n' or '\r' or '.' or '!' or '?':
                    return true;
                case ' ' or '\t' or '\u00A0' or '-' or '–' or '—' or '•' or '*' or '·' or '>' or '«' or '"' or '(' or '[':
                    continue;
                default:
                    return false;
            }
        }

        return true;
    }

    /// <summary>Whether the word ends its line, its sentence or its list item.</summary>
    private static bool StandsAlone(string text, int end)
    {
        for (var i = end; i < text.Length; i++)
        {
            switch (text[i])
            {
                case ' ' or '\t' or '\u00A0':
                    continue;
                case '\n' or '\r' or ',' or ';' or '/' or '|' or ')' or '.' or '!' or '?':
                    return true;
                default:
                    return false;
            }
        }

        return true;
    }

    private void Add(string label, int skillId, Dictionary<string, HashSet<string>> spellings)
    {
        var key = SkillTextNormalizer.Normalize(label);
        if (key.Length == 0 || SkillPhraseRules.Ignored.Contains(key))
        {
            return;
        }

        if (!key.Contains(' ', StringComparison.Ordinal))
        {
            if (!spellings.TryGetValue(key, out var forms))
            {
                spellings[key] = forms = new HashSet<string>(StringComparer.Ordinal);
            }

            forms.Add(label.Trim());
        }

        _entries.TryAdd(key, new Entry(skillId));
    }

    /// <summary>"C (computer programming)" → "C": ESCO's qualifier is never written in a job description.</summary>
    private static string? Head(string label)
    {
        var trimmed = label.Trim();
        var open = trimmed.IndexOf('(', StringComparison.Ordinal);
        return open > 0 && trimmed.EndsWith(')') ? trimmed[..open].Trim() : null;
    }

    /// <summary>"c++17" → "c++", "c#10" → "c#": a version glued to a language name.</summary>
    private static string? WithoutVersion(string token)
    {
        var end = token.Length;
        while (end > 0 && char.IsAsciiDigit(token[end - 1]))
        {
            end--;
        }

        return end < token.Length && end > 1 && token[end - 1] is '+' or '#' ? token[..end] : null;
    }

    private static Rule? RuleFor(string key, HashSet<string> spellings)
    {
        // Only words made of letters can be mistaken for ordinary words: "c#", ".net" and "db2" cannot.
        var word = key.All(char.IsAsciiLetter);
        var needsContext = (word && key.Length == 1) || SkillPhraseRules.NeedContext.Contains(key);
        var ordinaryWord = SkillPhraseRules.OrdinaryWords.Contains(key);
        var acronym = word
            && key.Length <= SkillPhraseRules.AcronymMaxLength
            && spellings.Count > 0
            && spellings.All(w => w.Count(char.IsUpper) >= 2)
            && !SkillPhraseRules.LowerCaseAcronyms.Contains(key);

        return needsContext || ordinaryWord || acronym || (word && key.Length <= 2)
            ? new Rule(spellings, needsContext, ordinaryWord)
            : null;
    }

    private enum Verdict
    {
        Rejected,
        Pending,
        Accepted,
    }

    private sealed class Entry(int skillId)
    {
        public int SkillId { get; } = skillId;

        /// <summary>How a one-word label must be written and placed to count; null when any use counts.</summary>
        public Rule? Rule { get; set; }
    }

    /// <param name="Spellings">How the catalogue writes the word; the text must write it so, or in capitals.</param>
    private sealed record Rule(IReadOnlySet<string> Spellings, bool NeedsContext, bool OrdinaryWord);

    private sealed class Found(Entry entry, int token, int words)
    {
        public Entry Entry { get; } = entry;

        public int Token { get; } = token;

        public int Words { get; } = words;

        public bool Accepted { get; set; }
    }
}
