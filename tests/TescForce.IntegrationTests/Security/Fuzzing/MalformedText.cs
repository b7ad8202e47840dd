using CsCheck;

namespace TescForce.IntegrationTests.Security.Fuzzing;

/// <summary>
/// Text that attacks or confuses: SQL and HTML injection, spreadsheet formulas, template and regular-expression syntax, control
/// characters, NUL, lone surrogates, combining and right-to-left marks, very long runs, and random mixtures of them.
/// </summary>
public static class MalformedText
{
    public static readonly string[] Attacks =
    [
        "' OR '1'='1", "'; DROP TABLE \"Consultants\"; --", "\" OR \"\"=\"", "1; SELECT pg_sleep(5)--", "%' --", "' UNION SELECT NULL, NULL--",
        "_%", "%", "\\", "\\'", "''", "$$", "E'\\x00'", "/*", "*/",
        "<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "\"><svg/onload=alert(1)>", "javascript:alert(1)", "</textarea>",
        "&lt;b&gt;", "&#x3C;", "{{7*7}}", "${7*7}", "@(1+1)", "@code{}", "<!--",
        "=CMD|' /C calc'!A0", "+cmd|'/c calc'!A0", "-2+3", "@SUM(A1:A2)", "=HYPERLINK(\"http://x\",\"y\")", "'=1+1", "\t=1+1",
        "\u0000", "a\u0000b", "\u0001", "\u001b[31m", "\u007f", "\u0085", "\u202e", "\u200b", "\ufeff", "\ufffe", "\uffff",
        "\ud800", "\udfff", "x\udc00y", "\ud83d\ude00", "\ud83d", "e\u0301", "\u0130", "\u00df", "\u2028", "\r\n", "\r", "\n\n", "\t",
        ".*", "(a+)+$", "[", "]", "(", "\\d{99999}", "(?<x>", "**", "|", "||", ";", ",", "\"", "\"\"", ":", ":::", "#", "#-1:9", "#99999999999:3",
        "../../etc/passwd", "%00", "%ff", "%u0000", "NaN", "null", "undefined", "-0", "1e309", "-9223372036854775809", "0x7fffffff",
        "Kubernetes:9", "Kubernetes:-1", "Kubernetes:3:-5", "Kubernetes:3:99999999999", "fr:Z9", "zz:C2", "aerospace|aerospace",
        "", " ", "   ",
    ];

    /// <summary>Any UTF-16 code unit, with the troublesome ranges (ASCII controls, surrogates, specials) over-represented.</summary>
    public static readonly Gen<char> AnyChar = Gen.Frequency(
        (4, Gen.Char['\0', '\u007f']),
        (2, Gen.Char),
        (1, Gen.Char['\ud800', '\udfff']),
        (1, Gen.OneOf('\u0000', '\u202e', '\ufeff', '\ufffd', '\u0085', '\u2028', '"', '\'', ';', ',', '|', ':', '\\', '<', '>', '&', '%')));

    public static readonly Gen<string> Attack = Gen.OneOf(Attacks);

    /// <summary>Short to very long hostile text.</summary>
    public static readonly Gen<string> Text = Gen.Frequency(
        (4, Attack),
        (3, Gen.String[AnyChar, 0, 40]),
        (2, from a in Attack from b in Gen.String[AnyChar, 0, 10] from c in Attack select a + b + c),
        (1, from c in AnyChar from n in Gen.Int[100, 20_000] select new string(c, n)),
        (1, from a in Attack from n in Gen.Int[2, 2_000] select string.Concat(Enumerable.Repeat(a, n))));
}
