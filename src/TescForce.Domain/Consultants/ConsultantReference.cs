using System.Security.Cryptography;

namespace TescForce.Domain.Consultants;

/// <summary>
/// The public reference of a profile, e.g. <c>TF-7K3QX2</c>: six Crockford base-32 characters (no I, L,
/// O or U, so it reads aloud without confusion), random so that it reveals neither order nor company.
/// </summary>
public static class ConsultantReference
{
    private const string Alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    public const string Prefix = "TF-";
    public const int Length = 9;

    public static string New() => New(RandomNumberGenerator.GetInt32);

    /// <summary>With a given source of randomness (a seeded one for reproducible demo data).</summary>
    public static string New(Func<int, int> nextInt)
    {
        Span<char> chars = stackalloc char[6];
        for (var i = 0; i < chars.Length; i++)
        {
            chars[i] = Alphabet[nextInt(Alphabet.Length)];
        }

        return Prefix + new string(chars);
    }

    public static bool IsWellFormed(string? reference) =>
        reference is { Length: Length }
        && reference.StartsWith(Prefix, StringComparison.Ordinal)
        && reference[Prefix.Length..].All(c => Alphabet.Contains(c, StringComparison.Ordinal));
}
