using System.Globalization;
using System.Text;

namespace TescForce.Infrastructure.DemoData;

/// <summary>Text helpers for the demo data: web slugs and e-mail local parts without accents.</summary>
internal static class DemoText
{
    /// <summary>"Colomiers Test &amp; Validation" → "colomiers-test-validation".</summary>
    public static string Slug(string text)
    {
        var builder = new StringBuilder();
        foreach (var c in Fold(text))
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                builder.Append(char.ToLowerInvariant(c));
            }
            else if (builder.Length > 0 && builder[^1] != '-')
            {
                builder.Append('-');
            }
        }

        return builder.ToString().Trim('-');
    }

    /// <summary>"Jean-François", "Le Gall" → "jean-francois", "legall": hyphens stay, spaces and apostrophes go.</summary>
    public static string EmailPart(string name)
    {
        var builder = new StringBuilder();
        foreach (var c in Fold(name))
        {
            if (char.IsAsciiLetterOrDigit(c) || c == '-')
            {
                builder.Append(char.ToLowerInvariant(c));
            }
        }

        return builder.ToString();
    }

    /// <summary>The host of a website address, or a slug of the company name when there is none.</summary>
    public static string EmailDomain(string? website, string companyName) =>
        Uri.TryCreate(website, UriKind.Absolute, out var uri) && !string.IsNullOrEmpty(uri.Host)
            ? uri.Host
            : Slug(companyName) + ".example";

    public static string Capitalise(string text) =>
        text.Length > 0 && char.IsLower(text[0]) ? char.ToUpperInvariant(text[0]) + text[1..] : text;

    /// <summary>"a", "a and b", "a, b and c".</summary>
    public static string JoinAnd(IReadOnlyList<string> items) => items.Count switch
    {
        0 => "",
        1 => items[0],
        _ => string.Join(", ", items.Take(items.Count - 1)) + " and " + items[^1],
    };

    private static IEnumerable<char> Fold(string text)
    {
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                yield return c switch
                {
                    'œ' => 'o',
                    'Œ' => 'O',
                    'æ' => 'a',
                    _ => c,
                };
            }
        }
    }
}
