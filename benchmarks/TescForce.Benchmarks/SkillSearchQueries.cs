namespace TescForce.Benchmarks;

/// <summary>Realistic picker queries: English and French, 1–3 words, prefixes, typos and technology names.</summary>
public static class SkillSearchQueries
{
    /// <summary>The number of queries in <see cref="All"/>, as a constant for BenchmarkDotNet's attributes.</summary>
    public const int Count = 33;

    public static IReadOnlyList<string> All { get; } =
    [
        // The product owner's examples.
        "kubernets",
        "cybersecu",
        "apprentissage auto",
        "C#",
        ".net",

        // Technologies, exact and prefix.
        "dotnet",
        "asp.net",
        "java",
        "javascr",
        "python",
        "sql",
        "postgresql",
        "c++",
        "node.js",
        "angular",
        "linux",

        // Typos.
        "pyton",
        "machin lerning",
        "cybersecurty",
        "javscript",
        "postgre sql",

        // English concepts.
        "machine learning",
        "project management",
        "data science",
        "cloud computing",
        "devops",

        // French concepts, with and without accents.
        "cybersécurité",
        "base de données",
        "gestion de projet",
        "intégration continue",
        "developpement web",
        "systeme embarque",
        "intelligence artificielle",
    ];
}
