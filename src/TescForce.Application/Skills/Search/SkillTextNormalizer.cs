using System.Buffers;
using System.Globalization;
using System.Text;

namespace TescForce.Application.Skills.Search;

/// <summary>
/// Normalises skill labels, search queries and free text so that they can be compared: lower-case
/// (invariant), diacritics removed (é→e, ç→c, œ→oe, æ→ae, ß→ss), apostrophes, dashes, underscores,
/// slashes and other punctuation turned into single spaces. Technology tokens keep the characters that
/// make them what they are: <c>C#</c> → <c>c#</c>, <c>C++</c> → <c>c++</c>, <c>F#</c> → <c>f#</c>,
/// <c>.NET</c> → <c>.net</c>, <c>ASP.NET</c> → <c>asp.net</c>, <c>Node.js</c> → <c>node.js</c>; the word
/// <c>dotnet</c> is written <c>.net</c> so that both spellings meet. Allocation-free apart from the
/// result string; safe on any input (control characters, emoji, lone surrogates).
/// </summary>
public static class SkillTextNormalizer
{
    /// <summary>The normalised form is never more than this many times longer than its input.</summary>
    public const int MaxExpansion = 2;

    private const int StackLimit = 512;

    /// <summary>Folded forms of U+0000–U+024F and U+1E00–U+1EFF: null means "not a letter or digit".</summary>
    private static readonly string?[] FoldTable = BuildFoldTable();

    /// <summary>Normalises <paramref name="text"/>; null or blank gives the empty string.</summary>
    public static string Normalize(string? text) => text is null ? "" : Normalize(text.AsSpan());

    /// <inheritdoc cref="Normalize(string?)"/>
    public static string Normalize(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty)
        {
            return "";
        }

        var capacity = text.Length * MaxExpansion;
        char[]? rented = null;
        Span<char> buffer = capacity <= StackLimit
            ? stackalloc char[StackLimit]
            : (rented = ArrayPool<char>.Shared.Rent(capacity));
        try
        {
            var length = Normalize(text, buffer);
            return length == 0 ? "" : new string(buffer[..length]);
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<char>.Shared.Return(rented);
            }
        }
    }

    /// <summary>
    /// Writes the normalised form of <paramref name="text"/> into <paramref name="destination"/> and
    /// returns its length. <paramref name="destination"/> must hold at least
    /// <c>text.Length * <see cref="MaxExpansion"/></c> characters.
    /// </summary>
    public static int Normalize(ReadOnlySpan<char> text, Span<char> destination)
    {
        if (destination.Length < text.Length * MaxExpansion)
        {
            throw new ArgumentException($"The destination must hold at least {MaxExpansion} characters per input character.", nameof(destination));
        }

        var length = 0;
        var tokenStart = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c < FoldTable.Length && FoldTable[c] is { } folded)
            {
                if (folded.Length == 1)
                {
                    destination[length++] = folded[0];
                }
                else
                {
                    folded.AsSpan().CopyTo(destination[length..]);
                    length += folded.Length;
                }

                continue;
            }

            switch (c)
            {
                case '#':
                case '+':
                    // c#, f#, c++, notepad++: only straight after a letter, a digit or another '+'.
                    if (length > tokenStart && (char.IsAsciiLetterOrDigit(destination[length - 1]) || (c == '+' && destination[length - 1] == '+')))
                    {
                        destination[length++] = c;
                        continue;
                    }

                    break;

                case '.':
                    // asp.net, node.js, .net, c#.net: a dot that leads a token or joins it to a following letter or digit.
                    // A trailing dot (end of a sentence) is dropped when the token ends.
                    if (i + 1 < text.Length && IsWordChar(text[i + 1])
                        && (length == tokenStart || destination[length - 1] is '#' or '+' || char.IsLetterOrDigit(destination[length - 1])))
                    {
                        destination[length++] = c;
                        continue;
                    }

                    break;

                default:
                    if (c >= 0x80)
                    {
                        var category = CharUnicodeInfo.GetUnicodeCategory(c);
                        if (category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark
                            or UnicodeCategory.Format)
                        {
                            // A combining accent (decomposed input) is dropped, keeping the letter before
                            // it; zero-width joiners, soft hyphens and the like never split a word.
                            continue;
                        }

                        if (c >= FoldTable.Length && char.IsLetterOrDigit(c))
                        {
                            destination[length++] = char.ToLowerInvariant(c);
                            continue;
                        }
                    }

                    break;
            }

            // Anything else separates words.
            length = EndToken(destination, tokenStart, length);
            if (length > 0 && destination[length - 1] != ' ')
            {
                destination[length++] = ' ';
            }

            tokenStart = length;
        }

        length = EndToken(destination, tokenStart, length);
        if (length > 0 && destination[length - 1] == ' ')
        {
            length--;
        }

        return length;
    }

    /// <summary>Normalises <paramref name="text"/> and splits it into words.</summary>
    public static IReadOnlyList<string> Tokenize(string? text) => TokenizeNormalized(Normalize(text));

    /// <summary>Splits an already normalised text into words.</summary>
    public static IReadOnlyList<string> TokenizeNormalized(string normalized) =>
        string.IsNullOrEmpty(normalized) ? [] : normalized.Split(' ', StringSplitOptions.RemoveEmptyEntries);

    /// <summary>
    /// The forms under which a normalised token can also be found, the token itself first. A token with
    /// dots between letters also stands for its parts and for its dotless spelling: <c>asp.net</c> →
    /// <c>asp.net</c>, <c>aspnet</c>, <c>asp</c>, <c>.net</c>; <c>node.js</c> → <c>node.js</c>,
    /// <c>nodejs</c>, <c>node</c>, <c>.js</c>. Tokens without such a dot have only themselves.
    /// </summary>
    public static IReadOnlyList<string> TokenVariants(string token)
    {
        if (string.IsNullOrEmpty(token) || token.IndexOf('.', 1) < 0 || !token.AsSpan().ContainsAnyInRange('a', 'z'))
        {
            return string.IsNullOrEmpty(token) ? [] : [token];
        }

        var variants = new List<string>(4) { token };
        AddDistinct(variants, token.Replace(".", "", StringComparison.Ordinal));
        var parts = token.Split('.', StringSplitOptions.RemoveEmptyEntries);
        for (var p = 0; p < parts.Length; p++)
        {
            AddDistinct(variants, p == 0 && token[0] != '.' ? parts[p] : "." + parts[p]);
        }

        return variants;
    }

    /// <summary>
    /// The normalised text without spaces and without the dots inside it (a leading dot stays):
    /// <c>asp net</c>, <c>asp.net</c> and <c>aspnet</c> all give <c>aspnet</c>, <c>e learning</c> gives
    /// <c>elearning</c>, while <c>.net</c> stays <c>.net</c>.
    /// </summary>
    public static string Compact(string normalized)
    {
        if (string.IsNullOrEmpty(normalized) || normalized.AsSpan(1).IndexOfAny(' ', '.') < 0)
        {
            return normalized ?? "";
        }

        var builder = new StringBuilder(normalized.Length);
        for (var i = 0; i < normalized.Length; i++)
        {
            var c = normalized[i];
            if (c == ' ' || (c == '.' && builder.Length > 0))
            {
                continue;
            }

            builder.Append(c);
        }

        return builder.ToString();
    }

    private static void AddDistinct(List<string> list, string value)
    {
        if (value.Length > 0 && !list.Contains(value))
        {
            list.Add(value);
        }
    }

    private static bool IsWordChar(char c) =>
        c < FoldTable.Length ? FoldTable[c] is not null : char.IsLetterOrDigit(c) && !char.IsSurrogate(c);

    /// <summary>Closes the token that started at <paramref name="start"/>: trailing dots go, <c>dotnet</c> becomes <c>.net</c>.</summary>
    private static int EndToken(Span<char> destination, int start, int length)
    {
        while (length > start && destination[length - 1] == '.')
        {
            length--;
        }

        var token = destination[start..length];
        if (token.SequenceEqual("dotnet"))
        {
            ".net".AsSpan().CopyTo(token);
            length = start + 4;
        }

        return length;
    }

    private static string?[] BuildFoldTable()
    {
        var table = new string?[0x1F00];
        for (var c = 0; c < table.Length; c++)
        {
            if (c is >= 0x0250 and < 0x1E00)
            {
                continue;
            }

            var ch = (char)c;
            if (!char.IsLetterOrDigit(ch))
            {
                continue;
            }

            table[c] = ch switch
            {
                'œ' or 'Œ' => "oe",
                'æ' or 'Æ' => "ae",
                'ß' or 'ẞ' => "ss",
                'ø' or 'Ø' => "o",
                'đ' or 'Đ' or 'ð' or 'Ð' => "d",
                'ł' or 'Ł' => "l",
                'þ' or 'Þ' => "th",
                'ı' => "i",
                'ĳ' or 'Ĳ' => "ij",
                _ => Fold(ch),
            };
        }

        return table;
    }

    private static string Fold(char c)
    {
        var decomposed = c.ToString().Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var d in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(d) != UnicodeCategory.NonSpacingMark)
            {
                builder.Append(char.ToLowerInvariant(d));
            }
        }

        return builder.Length == 0 ? char.ToLowerInvariant(c).ToString() : builder.ToString();
    }
}
