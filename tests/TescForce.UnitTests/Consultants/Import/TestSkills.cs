using TescForce.Application.Skills;
using TescForce.Application.Skills.Search;

namespace TescForce.UnitTests.Consultants.Import;

/// <summary>A small taxonomy and a resolver that behaves like SkillCatalogue's: exact labels or synonyms, else suggestions.</summary>
internal static class TestSkills
{
    public const int Kubernetes = 10;
    public const int MachineLearning = 20;
    public const int CPlusPlus = 30;
    public const int EmbeddedSystems = 40;
    public const int MisraC = 50;

    public static IReadOnlySet<int> ActiveIds { get; } = new HashSet<int> { Kubernetes, MachineLearning, CPlusPlus, EmbeddedSystems, MisraC };

    private static readonly SkillSearchDocument[] Documents =
    [
        Skill(Kubernetes, "Kubernetes", "Kubernetes", "K8s"),
        Skill(MachineLearning, "machine learning", "apprentissage automatique", "ML"),
        Skill(CPlusPlus, "C++", null),
        Skill(EmbeddedSystems, "embedded systems", "systèmes embarqués"),
        Skill(MisraC, "MISRA C", null, "MISRA C:2012"),
    ];

    private static readonly SkillSearchIndex Index = SkillSearchIndex.Build(Documents);

    private static readonly Dictionary<string, int> Exact = Documents
        .SelectMany(d => d.Labels.Select(l => (Key: SkillTextNormalizer.Normalize(l.Text), d.SkillId)))
        .GroupBy(x => x.Key).ToDictionary(g => g.Key, g => g.First().SkillId);

    public static SkillResolution Resolve(string label) =>
        Exact.TryGetValue(SkillTextNormalizer.Normalize(label), out var id)
            ? new SkillResolution(id, [])
            : new SkillResolution(null, Index.Search(label, 3, "en").Select(h => new SkillOption(h.SkillId, Label(h.SkillId), Label(h.SkillId), null)).ToList());

    public static string Label(int id) => Documents.Single(d => d.SkillId == id).Labels[0].Text;

    private static SkillSearchDocument Skill(int id, string en, string? fr, params string[] synonyms)
    {
        var labels = new List<SkillSearchLabel> { new(en, "en", SkillLabelKind.Preferred) };
        if (fr is not null)
        {
            labels.Add(new SkillSearchLabel(fr, "fr", SkillLabelKind.Preferred));
        }

        labels.AddRange(synonyms.Select(s => new SkillSearchLabel(s, "en", SkillLabelKind.Alternative)));
        return new SkillSearchDocument(id, labels);
    }
}
