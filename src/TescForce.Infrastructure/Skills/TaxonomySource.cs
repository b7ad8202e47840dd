using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using TescForce.Application.Common.Csv;
using TescForce.Domain.Skills;

namespace TescForce.Infrastructure.Skills;

/// <summary>
/// The reference files of the taxonomy, embedded in this assembly: the ESCO subset and TescForce's
/// curated supplement. Parsed into plain concept records for <see cref="TaxonomyImporter"/>.
/// </summary>
public sealed class TaxonomySource
{
    private const string Prefix = "TescForce.Infrastructure.Data.Esco.";

    public required IReadOnlyList<TaxonomyConcept> Concepts { get; init; }

    public required IReadOnlyList<(string Skill, string Related, bool Essential)> Relations { get; init; }

    /// <summary>SHA-256 of every file, so that an unchanged set is not imported again.</summary>
    public required string ContentHash { get; init; }

    public static TaxonomySource LoadEmbedded()
    {
        var assembly = typeof(TaxonomySource).Assembly;
        var files = new[] { "esco_skill_groups.csv", "esco_digital_skills.csv", "esco_skill_relations.csv", "tescforce_supplement.csv", "tescforce_labels_fr.csv" }
            .Select(name => (name, text: ReadResource(assembly, name)))
            .ToDictionary(f => f.name, f => f.text);
        return Parse(files);
    }

    /// <summary>Parses the files (by name); a missing supplement or French label file is allowed, a missing ESCO file is not.</summary>
    public static TaxonomySource Parse(IReadOnlyDictionary<string, string?> files)
    {
        string Require(string name) => files.GetValueOrDefault(name)
            ?? throw new InvalidOperationException($"The taxonomy file {name} is missing.");

        var concepts = new List<TaxonomyConcept>();
        foreach (var row in Rows(Require("esco_skill_groups.csv")))
        {
            // uri,code,label_en,label_fr,alt_labels_en,description_en,broader_uris
            concepts.Add(new TaxonomyConcept(row[0], SkillConceptType.Group, SkillOrigin.Esco,
                LabelOr(row[2], row[1], row[0]), NullIfEmpty(row[3]), CsvReader.SplitMulti(row[4]), [],
                NullIfEmpty(row[5]), CsvReader.SplitMulti(row[6])));
        }

        foreach (var row in Rows(Require("esco_digital_skills.csv")))
        {
            // uri,skill_type,reuse_level,label_en,label_fr,alt_labels_en,alt_labels_fr,description_en,broader_uris
            var type = row[1].StartsWith("knowledge", StringComparison.OrdinalIgnoreCase) ? SkillConceptType.Knowledge : SkillConceptType.Skill;
            concepts.Add(new TaxonomyConcept(row[0], type, SkillOrigin.Esco, LabelOr(row[3], row[0]), NullIfEmpty(row[4]),
                CsvReader.SplitMulti(row[5]), CsvReader.SplitMulti(row[6]), NullIfEmpty(row[7]), CsvReader.SplitMulti(row[8])));
        }

        if (files.GetValueOrDefault("tescforce_supplement.csv") is { } supplement)
        {
            foreach (var row in Rows(supplement))
            {
                // code,label_en,label_fr,alt_labels_en,alt_labels_fr,parent_uris,description_en
                concepts.Add(new TaxonomyConcept(row[0], SkillConceptType.Skill, SkillOrigin.Supplement, LabelOr(row[1], row[0]),
                    NullIfEmpty(row[2]), CsvReader.SplitMulti(row[3]), CsvReader.SplitMulti(row[4]), NullIfEmpty(row[6]),
                    CsvReader.SplitMulti(row[5])));
            }
        }

        if (files.GetValueOrDefault("tescforce_labels_fr.csv") is { } frenchLabels)
        {
            // uri,label_fr,label_en: our French for ESCO concepts published without one (the top-level groups);
            // ESCO's own French label, where there is one, is kept.
            var french = Rows(frenchLabels).ToDictionary(r => r[0], r => NullIfEmpty(r[1]), StringComparer.Ordinal);
            for (var i = 0; i < concepts.Count; i++)
            {
                if (concepts[i].LabelFr is null && french.GetValueOrDefault(concepts[i].Code) is { } label)
                {
                    concepts[i] = concepts[i] with { LabelFr = label };
                }
            }
        }

        var relations = Rows(Require("esco_skill_relations.csv"))
            .Select(r => (r[0], r[2], string.Equals(r[1], "essential", StringComparison.OrdinalIgnoreCase)))
            .ToList();

        var hash = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(
            string.Join("\u0001", files.OrderBy(f => f.Key, StringComparer.Ordinal).Select(f => f.Key + "\u0002" + f.Value)))));
        return new TaxonomySource { Concepts = concepts, Relations = relations, ContentHash = hash };
    }

    private static IEnumerable<CsvRecord> Rows(string text)
    {
        using var reader = new StringReader(text);
        return CsvReader.Read(reader).Skip(1).Where(r => !string.IsNullOrWhiteSpace(r[0])).ToList();
    }

    private static string LabelOr(params string[] candidates) => candidates.First(c => !string.IsNullOrWhiteSpace(c)).Trim();

    private static string? NullIfEmpty(string value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static string? ReadResource(Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(Prefix + name);
        if (stream is null)
        {
            return null;
        }

        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }
}

/// <param name="Code">The ESCO URI, or <c>tescforce:…</c> for the supplement.</param>
/// <param name="ParentCodes">Codes of the broader concepts (ESCO URIs or supplement codes).</param>
public sealed record TaxonomyConcept(
    string Code,
    SkillConceptType Type,
    SkillOrigin Origin,
    string LabelEn,
    string? LabelFr,
    IReadOnlyList<string> AltLabelsEn,
    IReadOnlyList<string> AltLabelsFr,
    string? DescriptionEn,
    IReadOnlyList<string> ParentCodes);
