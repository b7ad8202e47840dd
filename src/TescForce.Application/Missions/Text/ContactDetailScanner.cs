using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace TescForce.Application.Missions.Text;

/// <summary>
/// Finds contact details in a mission description before it is submitted: e-mail addresses (plain or spelled
/// out), phone numbers, links and messaging handles. A description with a finding is flagged for the curator,
/// because clients who write such details want to take the deal off the platform.
/// </summary>
/// <remarks>
/// <para>
/// Meant for prose written by people, French or English, and tuned so that an ordinary job description gives no
/// finding: dates, years, amounts, percentages, versions (<c>Java 17</c>, <c>Python 3.12</c>), standards
/// (<c>ISO 26262</c>, <c>DO-178C</c>, <c>ARINC 653</c>) and technology names that look like domains
/// (<c>ASP.NET</c>, <c>Node.js</c>, <c>socket.io</c>) are not contact details.
/// </para>
/// <para>
/// Only the first <see cref="MaxScannedLength"/> characters are scanned: callers must not accept longer
/// descriptions. Every expression is bounded (no nested open-ended repetition) and runs under a
/// <see cref="MatchTimeoutMilliseconds"/> timeout; should one ever expire, that kind of detail is left
/// unscanned and the findings made so far are returned, so hostile input cannot hold a server thread.
/// Invisible format characters (zero-width spaces, soft hyphens) are skipped while scanning, so that
/// <c>jean@ac\u200Bme.fr</c> is still seen; indices and matches refer to the text as given.
/// </para>
/// </remarks>
public static partial class ContactDetailScanner
{
    /// <summary>Characters scanned at most; the rest of a longer text is ignored.</summary>
    public const int MaxScannedLength = 20_000;

    /// <summary>Time allowed to each expression on one text.</summary>
    public const int MatchTimeoutMilliseconds = 250;

    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture;

    // Horizontal blanks, including the no-break and thin spaces of French typography.
    private const string Blank = @"[ \t\u00A0\u2009\u202F]";
    private const string At = "[@\uFF20\uFE6B]";
    private const string Label = @"[\w][\w\-]{0,62}";

    // Top-level domains accepted in a bare domain or a spelled-out address: the common generic ones and those
    // of the countries the platform serves. Left out on purpose because they are also file extensions or
    // abbreviations: .py, .rs, .sh, .md, .pl, .so, .zip, .mov, .sc, .ml, .it, .in, .is, .to, .do, .go.
    private const string Tld =
        "com|net|org|info|biz|fr|eu|be|ch|lu|mc|ca|uk|de|es|nl|pt|us|ma|tn|dz|sn|io|co|me|ly|gl|gg|app|dev|ai|xyz|tv|cc|ws"
        + "|site|online|link|page|pro|tech|shop|store|club|live|top|cloud|email";

    private const string ObfuscatedAt =
        "(?:(?<bracketAt>" + Blank + @"{0,3}[\[\(\{<]" + Blank + "{0,2}(?:at|arobase|" + At + ")" + Blank + @"{0,2}[\]\)\}>]" + Blank + "{0,3})"
        + "|(?<wordAt>" + Blank + "{1,3}(?:at|arobase)" + Blank + "{1,3})"
        + "|" + Blank + "{0,2}" + At + Blank + "{0,2})";

    private const string SpelledDot =
        Blank + @"{0,3}[\[\(\{<]" + Blank + @"{0,2}(?:dot|point|pt|\.)" + Blank + @"{0,2}[\]\)\}>]" + Blank + "{0,3}"
        + "|" + Blank + "{1,3}(?:dot|point)" + Blank + "{1,3}";

    private const string ObfuscatedDot =
        "(?:(?<spelledDot>" + SpelledDot + @")|\.)";

    // Words that follow "at" in ordinary English and cannot be the domain of a spelled-out address.
    private const string NotADomain = @"(?!(?:the|this|that|these|those|a|an|our|your|my|his|her|their|its|all|least|most|first|last|once|any|each|some|home|work)\b)";

    private const string PlainEmailPattern =
        @"(?<![\w.+\-])[\w][\w.+\-]{0,63}" + Blank + "{0,2}" + At + Blank + "{0,2}"
        + Label + @"(?:\." + Label + @"){0,6}\.[a-z]{2,24}(?![\w\-]|\.[\w])";

    private const string ObfuscatedEmailPattern =
        @"(?<![\w.+\-])[\w][\w.+\-]{0,63}(?:(?:" + SpelledDot + @")[\w][\w.+\-]{0,63}){0,2}" + ObfuscatedAt + NotADomain
        + Label + "(?:" + ObfuscatedDot + Label + "){0,4}" + ObfuscatedDot + "(?:" + Tld + @")(?![\w\-])";

    private const string UrlPattern = @"(?<![\w@])(?:https?|ftps?)://[^\s<>""'`]{1,2000}";

    private const string WwwPattern = @"(?<![\w.@\-/])www\d{0,3}\." + Label + @"(?:\." + Label + @"){0,6}(?:/[^\s<>""'`]{0,2000})?";

    private const string DomainPattern =
        @"(?<![\w.@\-/])(?<host>(?:" + Label + @"\.){1,6}(?:" + Tld + @"))(?![\w\-]|\.[\w])(?:/[^\s<>""'`]{0,2000})?";

    private const string MessagingPattern =
        @"(?<![\w])(?<app>whats" + Blank + "?app|telegram|skype|signal|viber|we" + Blank + @"?chat|discord|snapchat|kik)(?![\w])"
        + Blank + "{0,3}(?:(?:id|pseudo|handle|username|user|num[eé]ro|number|no|n°)" + Blank + "{0,3})?"
        + "(?<sep>[:=]|->|→)?" + Blank + "{0,3}"
        + @"(?<handle>@[\w.\-]{2,40}|\+?\d(?:" + Blank + @"?[\d.\-]){6,20}|[\w][\w.\-#]{2,39})";

    // Digit groups joined by one separator each, with an optional international prefix, "(0)" and area code.
    // No slash: numbers joined by slashes are dates and references ("2026/12/0345"), not phone numbers.
    private const string PhoneSeparator = @"[ \t\u00A0\u2009\u202F.\-\u2010\u2011]";

    private const string PhonePattern =
        @"(?<![\w+/@])(?<!\d[.,\-])(?<![\w]-)"
        + @"(?:(?<intl>\+|00)" + Blank + @"?\d{1,3}(?:" + PhoneSeparator + @"?\(0\))?" + PhoneSeparator + "?)?"
        + @"(?:\(\d{1,5}\)" + PhoneSeparator + "?)?"
        + @"\d{1,12}(?:" + PhoneSeparator + @"\d{1,12}){0,7}"
        + @"(?!\d|[.,]\d)";

    /// <summary>
    /// Technology names written like domains. Kept short and explicit: a real domain added here would be let
    /// through, so only names a job description uses as technologies belong.
    /// </summary>
    private static readonly HashSet<string> TechnologyNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "asp.net", "ado.net", "vb.net", "ml.net", "paint.net", "puma.net",
        "socket.io", "cypress.io", "draw.io", "fly.io",
        "h2o.ai", "fast.ai", "c3.ai",
        "schema.org", "salesforce.com",
    };

    /// <summary>Words that name a standard when they come just before a number (ISO 26262, ARINC 653 429…).</summary>
    private static readonly HashSet<string> StandardPrefixes = new(StringComparer.OrdinalIgnoreCase)
    {
        "iso", "iec", "en", "nf", "arinc", "do", "ed", "ieee", "rfc", "ecss", "mil", "std", "sae", "cei", "ansi", "ute",
        "norme", "normes", "norm", "standard", "standards",
    };

    private static readonly SearchValues<char> HandleMarks = SearchValues.Create("0123456789._-#");

    private static readonly string[] AmountsAfter = ["€", "$", "£", "%", "‰", "k€", "keur", "eur", "euro", "euros", "usd", "chf", "gbp", "ht", "ttc"];

    /// <summary>Contact details in <paramref name="text"/>, in the order they appear, none overlapping another.</summary>
    public static IReadOnlyList<ContactDetailFinding> Scan(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return [];
        }

        var original = text.Length > MaxScannedLength ? text[..MaxScannedLength] : text;
        var (scanned, map) = WithoutFormatCharacters(original);
        var candidates = new List<Candidate>();

        Collect(candidates, PlainEmail(), scanned, ContactDetailKind.Email, static (_, _) => true);
        Collect(candidates, ObfuscatedEmail(), scanned, ContactDetailKind.Email, static (m, _) => IsObfuscatedEmail(m));
        Collect(candidates, Url(), scanned, ContactDetailKind.Link, static (_, _) => true, TrimLinkEnd);
        Collect(candidates, Www(), scanned, ContactDetailKind.Link, static (_, _) => true, TrimLinkEnd);
        Collect(candidates, Domain(), scanned, ContactDetailKind.Link, static (m, _) => !TechnologyNames.Contains(m.Groups["host"].Value), TrimLinkEnd);
        Collect(candidates, Messaging(), scanned, ContactDetailKind.Messaging, IsMessagingHandle, TrimHandleEnd);
        Collect(candidates, Phone(), scanned, ContactDetailKind.Phone, IsPhoneNumber);

        // The earliest, then the longest, wins; an e-mail's domain or a number inside a link is not reported again.
        candidates.Sort(static (a, b) =>
            a.Start != b.Start ? a.Start.CompareTo(b.Start)
            : a.Length != b.Length ? b.Length.CompareTo(a.Length)
            : a.Kind.CompareTo(b.Kind));
        var findings = new List<ContactDetailFinding>();
        var end = 0;
        foreach (var candidate in candidates)
        {
            if (candidate.Start < end)
            {
                continue;
            }

            var start = map?[candidate.Start] ?? candidate.Start;
            var last = map?[candidate.Start + candidate.Length - 1] ?? candidate.Start + candidate.Length - 1;
            findings.Add(new ContactDetailFinding(candidate.Kind, original[start..(last + 1)], start));
            end = candidate.Start + candidate.Length;
        }

        return findings;
    }

    private static void Collect(
        List<Candidate> candidates,
        Regex regex,
        string text,
        ContactDetailKind kind,
        Func<Match, string, bool> accept,
        Func<string, int>? trimmedLength = null)
    {
        try
        {
            for (var match = regex.Match(text); match.Success; match = match.NextMatch())
            {
                if (!accept(match, text))
                {
                    continue;
                }

                var length = trimmedLength?.Invoke(match.Value) ?? match.Length;
                if (length > 0)
                {
                    candidates.Add(new Candidate(kind, match.Index, length));
                }
            }
        }
        catch (RegexMatchTimeoutException)
        {
            // The expressions are bounded, so this needs input built to defeat them; keep what was found.
        }
    }

    private static bool IsObfuscatedEmail(Match match)
    {
        // "jean at acme.com" is more often "available at acme.com": a spelled-out "at" needs a spelled-out dot too.
        // A plain "@" with plain dots is the plain pattern's.
        return match.Groups["bracketAt"].Success || match.Groups["spelledDot"].Success;
    }

    private static bool IsMessagingHandle(Match match, string text)
    {
        var handle = match.Groups["handle"].Value.TrimEnd('.', '-');
        if (handle.StartsWith('@'))
        {
            return handle.Length > 2;
        }

        var digits = handle.Count(char.IsAsciiDigit);
        if (char.IsAsciiDigit(handle[0]) || handle[0] == '+')
        {
            return digits >= 8;
        }

        // "Traitement du signal : FFT" and "bot Telegram : intégration" are prose, not handles. A word after the
        // app's name counts when it is introduced by ":" or "=" and is shaped like a handle (a digit, a dot, an
        // underscore, a dash, a '#') or stands alone at the end of its line or list item.
        if (!match.Groups["sep"].Success || match.Groups["app"].Value.Equals("signal", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        if (handle.AsSpan().ContainsAny(HandleMarks))
        {
            return true;
        }

        var after = match.Groups["handle"].Index + match.Groups["handle"].Length;
        while (after < text.Length && text[after] is ' ' or '\t' or '\u00A0' or '\u202F')
        {
            after++;
        }

        return after == text.Length || text[after] is '\n' or '\r' or ',' or ';' or ')' or '.' or '|';
    }

    private static bool IsPhoneNumber(Match match, string text)
    {
        var value = match.Value;
        var international = match.Groups["intl"].Success;
        var digits = value.Count(char.IsAsciiDigit) - (value.StartsWith("00", StringComparison.Ordinal) ? 2 : 0);
        if (digits is < 8 or > 15 || IsAmount(text, match.Index, match.Index + match.Length))
        {
            return false;
        }

        if (international || value.Contains('(', StringComparison.Ordinal))
        {
            return true;
        }

        if (PrecededByStandard(text, match.Index))
        {
            return false;
        }

        if (value.All(char.IsAsciiDigit))
        {
            // A run of digits is a number as dialled in France or North America (ten digits, or French with its
            // country code); other runs are references, ISBNs, SIRET numbers.
            return value.Length == 10 || (value.Length is 11 or 12 && value.StartsWith("33", StringComparison.Ordinal));
        }

        if (NotAPhoneNumber().IsMatch(value))
        {
            return false;
        }

        // Phone numbers are written in groups of two to four digits, with at most one lone digit ("6" in
        // "33 6 12 34 56 78"); "1 2 3 4 5 6 7 8" is a list.
        var groups = value.Split([' ', '\t', '\u00A0', '\u2009', '\u202F', '.', '-', '\u2010', '\u2011'], StringSplitOptions.RemoveEmptyEntries);
        return groups.Count(g => g.Length == 1) <= 1;
    }

    private static bool IsAmount(string text, int start, int end)
    {
        var after = end;
        while (after < text.Length && text[after] is ' ' or '\u00A0' or '\u202F' or '\u2009')
        {
            after++;
        }

        foreach (var unit in AmountsAfter)
        {
            if (string.Compare(text, after, unit, 0, unit.Length, StringComparison.OrdinalIgnoreCase) == 0
                && (after + unit.Length == text.Length || !char.IsLetterOrDigit(text[after + unit.Length])))
            {
                return true;
            }
        }

        var before = start - 1;
        while (before >= 0 && text[before] is ' ' or '\u00A0' or '\u202F' or '\u2009')
        {
            before--;
        }

        return before >= 0 && text[before] is '€' or '$' or '£';
    }

    private static bool PrecededByStandard(string text, int start)
    {
        var end = start;
        while (end > 0 && text[end - 1] is ' ' or '\u00A0' or '-' or '/' or ':')
        {
            end--;
        }

        var begin = end;
        while (begin > 0 && char.IsLetter(text[begin - 1]))
        {
            begin--;
        }

        return end > begin && StandardPrefixes.Contains(text[begin..end]);
    }

    private static int TrimLinkEnd(string value)
    {
        // Sentence punctuation after a link is not part of it; a closing parenthesis is, when the link opened one.
        var length = value.Length;
        while (length > 0)
        {
            var last = value[length - 1];
            var trailing = last is '.' or ',' or ';' or ':' or '!' or '?' or ']' or '}' or '»' or '\'' or '"'
                || (last == ')' && !value.AsSpan(0, length).Contains('('));
            if (!trailing)
            {
                break;
            }

            length--;
        }

        return length;
    }

    private static int TrimHandleEnd(string value) => value.TrimEnd('.', '-', ' ').Length;

    /// <summary>The text without its invisible format characters, and where each remaining character came from.</summary>
    private static (string Text, int[]? Map) WithoutFormatCharacters(string text)
    {
        var first = -1;
        for (var i = 0; i < text.Length; i++)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(text[i]) == UnicodeCategory.Format)
            {
                first = i;
                break;
            }
        }

        if (first < 0)
        {
            return (text, null);
        }

        var builder = new StringBuilder(text.Length);
        var map = new List<int>(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(text[i]) != UnicodeCategory.Format)
            {
                builder.Append(text[i]);
                map.Add(i);
            }
        }

        return (builder.ToString(), [.. map]);
    }

    [GeneratedRegex(PlainEmailPattern, Options, MatchTimeoutMilliseconds)]
    private static partial Regex PlainEmail();

    [GeneratedRegex(ObfuscatedEmailPattern, Options, MatchTimeoutMilliseconds)]
    private static partial Regex ObfuscatedEmail();

    [GeneratedRegex(UrlPattern, Options, MatchTimeoutMilliseconds)]
    private static partial Regex Url();

    [GeneratedRegex(WwwPattern, Options, MatchTimeoutMilliseconds)]
    private static partial Regex Www();

    [GeneratedRegex(DomainPattern, Options, MatchTimeoutMilliseconds)]
    private static partial Regex Domain();

    [GeneratedRegex(MessagingPattern, Options, MatchTimeoutMilliseconds)]
    private static partial Regex Messaging();

    [GeneratedRegex(PhonePattern, Options, MatchTimeoutMilliseconds)]
    private static partial Regex Phone();

    /// <summary>Dates (2027-01-15, 15/01/2027, 15 01 2027), year ranges and lists, amounts in thousands, IPv4 addresses.</summary>
    [GeneratedRegex(
        @"^(?:\d{4}[\-./]\d{1,2}[\-./]\d{1,2}|\d{1,2}[\-./ ]\d{1,2}[\-./ ]\d{4}|(?:(?:19|20)\d{2}[\-/ ]?)+|\d{1,3}(?:[ .\u00A0\u202F\u2009]\d{3})+|\d{1,3}(?:\.\d{1,3}){3})$",
        Options,
        MatchTimeoutMilliseconds)]
    private static partial Regex NotAPhoneNumber();

    private readonly record struct Candidate(ContactDetailKind Kind, int Start, int Length);
}
