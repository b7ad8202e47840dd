using System.Text;
using TescForce.Application.Common.Csv;

namespace TescForce.Infrastructure.DemoData;

/// <summary>
/// The ESCO tech occupations embedded with the taxonomy files. The taxonomy import does not load them
/// (they have no skill links); the demo data only checks that each archetype names a real one.
/// </summary>
internal static class EscoOccupations
{
    private const string ResourceName = "TescForce.Infrastructure.Data.Esco.esco_tech_occupations.csv";

    /// <summary>Occupation URI → English label.</summary>
    public static IReadOnlyDictionary<string, string> LoadEmbedded()
    {
        using var stream = typeof(EscoOccupations).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded resource {ResourceName} is missing.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        // uri,isco_group,label_en,label_fr,alt_labels_en,alt_labels_fr,description_en
        return CsvReader.Read(reader).Skip(1)
            .Where(r => !string.IsNullOrWhiteSpace(r[0]))
            .ToDictionary(r => r[0].Trim(), r => r[2].Trim(), StringComparer.Ordinal);
    }
}
