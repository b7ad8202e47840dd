using TescForce.Application.Skills.Search;

namespace TescForce.Application.Missions.Text;

/// <summary>
/// Splits a free text into the words <see cref="SkillTextNormalizer"/> would give, keeping where each word stands
/// in the original so that a match can be shown as the client wrote it.
/// </summary>
internal static class TextTokenizer
{
    /// <summary>Characters that can belong to a word: letters and digits, combining marks, and # + . (C#, C++, .NET).</summary>
    private static readonly bool[] WordParts = BuildWordParts();

    public static List<TextToken> Tokenize(string text)
    {
        var tokens = new List<TextToken>();
        var i = 0;
        while (i < text.Length)
        {
            if (!WordParts[text[i]])
            {
                i++;
                continue;
            }

            var start = i;
            while (i < text.Length && WordParts[text[i]])
            {
                i++;
            }

            AddRun(text, start, i, tokens);
        }

        return tokens;
    }

    /// <summary>
    /// A run of word characters normalises on its own exactly as it does inside the whole text, because the
    /// normaliser only looks at the characters of the current word and at the one after a dot.
    /// </summary>
    private static void AddRun(string text, int start, int end, List<TextToken> tokens)
    {
        // Leading # and + and a dot that does not open a word (".NET" does) are dropped; so are trailing dots.
        while (start < end && (text[start] is '#' or '+' || (text[start] == '.' && (start + 1 == end || !IsLetterOrDigit(text[start + 1])))))
        {
            start++;
        }

        while (end > start && text[end - 1] == '.')
        {
            end--;
        }

        if (start == end)
        {
            return;
        }

        var normalized = SkillTextNormalizer.Normalize(text.AsSpan(start, end - start));
        if (normalized.Length == 0)
        {
            return;
        }

        if (!normalized.Contains(' ', StringComparison.Ordinal))
        {
            tokens.Add(new TextToken(normalized, start, end - start));
            return;
        }

        // Rare ("a..b", "x+.y"): the pieces share the run's span.
        foreach (var piece in normalized.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            tokens.Add(new TextToken(piece, start, end - start));
        }
    }

    private static bool IsLetterOrDigit(char c) => WordParts[c] && c is not ('#' or '+' or '.');

    private static bool[] BuildWordParts()
    {
        var parts = new bool[char.MaxValue + 1];
        Span<char> one = stackalloc char[1];
        Span<char> normalized = stackalloc char[SkillTextNormalizer.MaxExpansion];
        for (var c = 0; c <= char.MaxValue; c++)
        {
            one[0] = (char)c;
            var category = char.GetUnicodeCategory((char)c);
            parts[c] = c is '#' or '+' or '.'
                || category is System.Globalization.UnicodeCategory.NonSpacingMark or System.Globalization.UnicodeCategory.SpacingCombiningMark
                    or System.Globalization.UnicodeCategory.EnclosingMark or System.Globalization.UnicodeCategory.Format
                || SkillTextNormalizer.Normalize(one, normalized) > 0;
        }

        return parts;
    }
}
