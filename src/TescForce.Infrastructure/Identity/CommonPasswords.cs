namespace TescForce.Infrastructure.Identity;

/// <summary>
/// The most common passwords (lowercase, 8 characters or more), shipped inside the assembly: see NOTICE for the source.
/// Loaded once, on first use.
/// </summary>
public static class CommonPasswords
{
    public const string ResourceName = "TescForce.Infrastructure.Identity.common-passwords.txt";

    private static readonly Lazy<HashSet<string>> Set = new(Load);

    public static int Count => Set.Value.Count;

    /// <summary>True when the password, lowercased, is one of the list.</summary>
    public static bool Contains(string password) => Set.Value.Contains(password.ToLowerInvariant());

    private static HashSet<string> Load()
    {
        using var stream = typeof(CommonPasswords).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded list {ResourceName} is missing.");
        using var reader = new StreamReader(stream);
        var set = new HashSet<string>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0 && !line.StartsWith('#'))
            {
                set.Add(line);
            }
        }

        return set;
    }
}
