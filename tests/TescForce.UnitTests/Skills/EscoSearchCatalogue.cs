using System.Text;
using TescForce.Application.Common.Csv;
using TescForce.Application.Skills.Search;

namespace TescForce.UnitTests.Skills;

/// <summary>
/// The real skill catalogue as search documents: ESCO's digital skills, then its skill groups, then the
/// project's supplement when <c>tescforce_supplement.csv</c> exists, from
/// <c>src/TescForce.Infrastructure/Data/Esco/</c>. Skill ids are given by row order from 1, across the
/// files in that order. Shared with the benchmarks, which compile this same file.
/// </summary>
public sealed class EscoSearchCatalogue
{
    public const string DigitalSkillsFile = "esco_digital_skills.csv";
    public const string SkillGroupsFile = "esco_skill_groups.csv";
    public const string SupplementFile = "tescforce_supplement.csv";

    private readonly Dictionary<string, int> _idsByKey;

    private EscoSearchCatalogue(IReadOnlyList<SkillSearchDocument> documents, IReadOnlyList<string> keys)
    {
        Documents = documents;
        Keys = keys;
        _idsByKey = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < keys.Count; i++)
        {
            _idsByKey.TryAdd(keys[i], documents[i].SkillId);
        }
    }

    public IReadOnlyList<SkillSearchDocument> Documents { get; }

    /// <summary>The ESCO URI (or supplement code) of each document, in the order of <see cref="Documents"/>.</summary>
    public IReadOnlyList<string> Keys { get; }

    public int LabelCount => Documents.Sum(d => d.Labels.Count);

    /// <summary>The skill id given to an ESCO URI or a supplement code, or null.</summary>
    public int? IdOf(string key) => _idsByKey.TryGetValue(key, out var id) ? id : null;

    /// <summary>Loads the catalogue from <paramref name="folder"/>, or from the repository's copy when null.</summary>
    public static EscoSearchCatalogue Load(string? folder = null)
    {
        folder ??= FindDataFolder();
        var documents = new List<SkillSearchDocument>();
        var keys = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var row = 0;

        void Add(string key, IEnumerable<SkillSearchLabel> labels)
        {
            // Ids follow the rows; a row that repeats a concept already loaded is skipped, its id unused.
            var id = ++row;
            if (key.Length > 0 && !seen.Add(key))
            {
                return;
            }

            documents.Add(new SkillSearchDocument(id, [.. labels]));
            keys.Add(key);
        }

        foreach (var cell in ReadRows(Path.Combine(folder, DigitalSkillsFile)))
        {
            Add(cell("uri"), Labels(cell("label_en"), cell("label_fr"), cell("alt_labels_en"), cell("alt_labels_fr")));
        }

        foreach (var cell in ReadRows(Path.Combine(folder, SkillGroupsFile)))
        {
            Add(cell("uri"), Labels(cell("label_en"), cell("label_fr"), cell("alt_labels_en"), ""));
        }

        var supplement = Path.Combine(folder, SupplementFile);
        if (File.Exists(supplement))
        {
            foreach (var cell in ReadRows(supplement))
            {
                Add(cell("code"), Labels(cell("label_en"), cell("label_fr"), cell("alt_labels_en"), cell("alt_labels_fr")));
            }
        }

        return new EscoSearchCatalogue(documents, keys);
    }

    /// <summary>
    /// The repository's <c>src/TescForce.Infrastructure/Data/Esco</c>, found by walking up from the
    /// running assembly (or the current directory) to the folder that holds <c>TescForce.sln</c>.
    /// </summary>
    public static string FindDataFolder()
    {
        foreach (var start in new[] { AppContext.BaseDirectory, Directory.GetCurrentDirectory() })
        {
            for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
            {
                if (File.Exists(Path.Combine(directory.FullName, "TescForce.sln")))
                {
                    var folder = Path.Combine(directory.FullName, "src", "TescForce.Infrastructure", "Data", "Esco");
                    if (File.Exists(Path.Combine(folder, DigitalSkillsFile)))
                    {
                        return folder;
                    }
                }
            }
        }

        throw new DirectoryNotFoundException("The ESCO data folder (src/TescForce.Infrastructure/Data/Esco) was not found above " + AppContext.BaseDirectory);
    }

    private static IEnumerable<SkillSearchLabel> Labels(string labelEn, string labelFr, string altEn, string altFr)
    {
        if (!string.IsNullOrWhiteSpace(labelEn))
        {
            yield return new SkillSearchLabel(labelEn.Trim(), "en", SkillLabelKind.Preferred);
        }

        if (!string.IsNullOrWhiteSpace(labelFr))
        {
            yield return new SkillSearchLabel(labelFr.Trim(), "fr", SkillLabelKind.Preferred);
        }

        foreach (var alt in CsvReader.SplitMulti(altEn))
        {
            yield return new SkillSearchLabel(alt, "en", SkillLabelKind.Alternative);
        }

        foreach (var alt in CsvReader.SplitMulti(altFr))
        {
            yield return new SkillSearchLabel(alt, "fr", SkillLabelKind.Alternative);
        }
    }

    /// <summary>The data rows of a CSV file, each as a lookup by column name ("" for a missing column).</summary>
    private static IEnumerable<Func<string, string>> ReadRows(string path)
    {
        using var reader = new StreamReader(path, Encoding.UTF8);
        Dictionary<string, int>? columns = null;
        foreach (var record in CsvReader.Read(reader))
        {
            if (columns is null)
            {
                columns = record.Fields
                    .Select((name, index) => (Name: name.Trim(), Index: index))
                    .GroupBy(c => c.Name, StringComparer.OrdinalIgnoreCase)
                    .ToDictionary(g => g.Key, g => g.First().Index, StringComparer.OrdinalIgnoreCase);
                continue;
            }

            var current = record;
            yield return name => columns.TryGetValue(name, out var index) ? current[index] : "";
        }
    }
}
