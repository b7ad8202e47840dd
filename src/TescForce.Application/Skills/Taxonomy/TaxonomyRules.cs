using System.Text;
using System.Text.RegularExpressions;
using TescForce.Application.Skills.Search;

namespace TescForce.Application.Skills.Taxonomy;

/// <summary>The checks and spellings shared by the curators' edits of the taxonomy.</summary>
internal static partial class TaxonomyRules
{
    public const int MaxLabelLength = 200;
    public const int MaxSlugLength = 100;
    public const string CustomCodePrefix = "custom:";

    public static readonly string[] Languages = ["en", "fr"];

    /// <summary>Whitespace runs become one space, the ends are trimmed; null or blank gives "".</summary>
    public static string Clean(string? text) => string.IsNullOrWhiteSpace(text) ? "" : Spaces().Replace(text, " ").Trim();

    /// <summary>The problem with a label or synonym, or null when it is fine.</summary>
    public static string? Problem(string cleaned, string what)
    {
        if (cleaned.Length == 0)
        {
            return Messages.Format(Messages.Skills_LabelRequired, what);
        }

        if (cleaned.Length > MaxLabelLength)
        {
            return Messages.Format(Messages.Skills_LabelTooLong, what, MaxLabelLength);
        }

        if (cleaned.Any(char.IsControl))
        {
            return Messages.Format(Messages.Skills_LabelControlCharacters, what);
        }

        return SkillTextNormalizer.Normalize(cleaned).Length == 0 ? Messages.Format(Messages.Skills_LabelNeedsLetterOrDigit, what) : null;
    }

    public static bool SameText(string? a, string? b) =>
        a is not null && b is not null && SkillTextNormalizer.Normalize(a) == SkillTextNormalizer.Normalize(b);

    /// <summary>
    /// The code of a curator's skill: <c>custom:</c> and the English label in lower case, without accents,
    /// words joined by dashes ("C#" → <c>custom:csharp</c>, "Rust embarqué" → <c>custom:rust-embarque</c>).
    /// </summary>
    public static string CustomCode(string labelEn)
    {
        var normalized = SkillTextNormalizer.Normalize(labelEn);
        var slug = new StringBuilder(normalized.Length);
        for (var i = 0; i < normalized.Length; i++)
        {
            var c = normalized[i];
            var part = c switch
            {
                '#' => "sharp",
                '+' => "plus",
                '.' when i == 0 || normalized[i - 1] == ' ' => "dot",
                _ when char.IsLetterOrDigit(c) => c.ToString(),
                _ => "-",
            };
            if (part == "-" && (slug.Length == 0 || slug[^1] == '-'))
            {
                continue;
            }

            slug.Append(part);
        }

        var text = slug.ToString().Trim('-');
        return CustomCodePrefix + (text.Length > MaxSlugLength ? text[..MaxSlugLength].TrimEnd('-') : text);
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
