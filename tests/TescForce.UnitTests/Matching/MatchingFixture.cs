using System.Globalization;
using System.Text;
using TescForce.Matching;
using TescForce.Matching.Profiles;
using TescForce.Matching.Queries;
using TescForce.Matching.Results;
using TescForce.Matching.Taxonomy;

namespace TescForce.UnitTests.Matching;

/// <summary>
/// The hand-made taxonomy of the matching tests:
/// <code>
/// programming ─ python ─┬─ pytorch ─ pytorch lightning ─ lightning fabric
///                       └─ numpy        │
/// machine learning ─ deep learning ─┬───┘ (pytorch has two parents)
///                                   └─ tensorflow
/// jvm languages ─ java, kotlin, scala
/// related: pytorch ~ cuda, kotlin ~ android, python ~ data analysis
/// ICT section (grouping, 80 children), digital section (grouping, 2 children),
/// cloud platforms (61 children: too many to be siblings), databases (60 children: still siblings)
/// cooking: unrelated to everything
/// </code>
/// </summary>
internal static class Catalogue
{
    public const int Programming = 1;
    public const int Python = 2;
    public const int PyTorch = 3;
    public const int MachineLearning = 4;
    public const int DeepLearning = 5;
    public const int NumPy = 6;
    public const int JvmLanguages = 7;
    public const int Java = 8;
    public const int Kotlin = 9;
    public const int Scala = 10;
    public const int DataAnalysis = 11;
    public const int TensorFlow = 12;
    public const int PyTorchLightning = 13;
    public const int LightningFabric = 14;
    public const int Cuda = 15;
    public const int Android = 16;
    public const int Cooking = 17;

    public const int IctSection = 20;
    public const int IctSectionFirstChild = 100;
    public const int IctSectionChildren = 80;

    public const int DigitalSection = 21;
    public const int Spreadsheets = 30;
    public const int WordProcessing = 31;

    public const int CloudPlatforms = 22;
    public const int CloudFirstChild = 200;
    public const int CloudChildren = 61;

    public const int Databases = 23;
    public const int DatabaseFirstChild = 300;
    public const int DatabaseChildren = 60;

    /// <summary>A skill id the taxonomy does not know (deleted from the catalogue, say).</summary>
    public const int Unknown = 9999;

    public static SkillGraph Graph { get; } = Build();

    /// <summary>Every skill a consultant can hold, for random profiles.</summary>
    public static IReadOnlyList<int> AllSkillIds { get; } = [.. Nodes().Select(n => n.Id)];

    private static SkillGraph Build()
    {
        var parents = new List<(int ChildId, int ParentId)>
        {
            (Python, Programming),
            (PyTorch, Python),
            (PyTorch, DeepLearning),
            (NumPy, Python),
            (DeepLearning, MachineLearning),
            (TensorFlow, DeepLearning),
            (PyTorchLightning, PyTorch),
            (LightningFabric, PyTorchLightning),
            (Java, JvmLanguages),
            (Kotlin, JvmLanguages),
            (Scala, JvmLanguages),
            (Spreadsheets, DigitalSection),
            (WordProcessing, DigitalSection),
        };
        parents.AddRange(Enumerable.Range(IctSectionFirstChild, IctSectionChildren).Select(id => (id, IctSection)));
        parents.AddRange(Enumerable.Range(CloudFirstChild, CloudChildren).Select(id => (id, CloudPlatforms)));
        parents.AddRange(Enumerable.Range(DatabaseFirstChild, DatabaseChildren).Select(id => (id, Databases)));
        var related = new List<(int SkillId, int RelatedId)> { (PyTorch, Cuda), (Kotlin, Android), (Python, DataAnalysis) };
        return SkillGraph.Build(Nodes(), parents, related);
    }

    private static IEnumerable<SkillNode> Nodes()
    {
        int[] plain =
        [
            Programming, Python, PyTorch, MachineLearning, DeepLearning, NumPy, JvmLanguages, Java, Kotlin, Scala,
            DataAnalysis, TensorFlow, PyTorchLightning, LightningFabric, Cuda, Android, Cooking, Spreadsheets, WordProcessing,
            CloudPlatforms, Databases,
        ];
        return plain.Select(id => new SkillNode(id))
            .Append(new SkillNode(IctSection, IsGrouping: true))
            .Append(new SkillNode(DigitalSection, IsGrouping: true))
            .Concat(Enumerable.Range(IctSectionFirstChild, IctSectionChildren).Select(id => new SkillNode(id)))
            .Concat(Enumerable.Range(CloudFirstChild, CloudChildren).Select(id => new SkillNode(id)))
            .Concat(Enumerable.Range(DatabaseFirstChild, DatabaseChildren).Select(id => new SkillNode(id)));
    }
}

/// <summary>Member companies: all approved but <see cref="Pending"/>.</summary>
internal static class Companies
{
    public static readonly Guid Acme = new("a0000000-0000-0000-0000-000000000001");
    public static readonly Guid Globex = new("a0000000-0000-0000-0000-000000000002");
    public static readonly Guid Initech = new("a0000000-0000-0000-0000-000000000003");
    public static readonly Guid Umbrella = new("a0000000-0000-0000-0000-000000000004");
    public static readonly Guid Pending = new("a0000000-0000-0000-0000-000000000005");

    public static IReadOnlyList<KeyValuePair<Guid, bool>> Approvals { get; } =
    [
        new(Acme, true), new(Globex, true), new(Initech, true), new(Umbrella, true), new(Pending, false),
    ];
}

/// <summary>Consultants, missions and indexes with sensible defaults, changed with <c>with</c>.</summary>
internal static class MatchingFixture
{
    /// <summary>The instant every query runs at.</summary>
    public static readonly DateTime Now = new(2027, 1, 10, 9, 0, 0, DateTimeKind.Utc);

    public static readonly DateOnly Today = DateOnly.FromDateTime(Now);

    /// <summary>The default mission start.</summary>
    public static readonly DateOnly Start = new(2027, 1, 15);

    /// <summary>Consultant ids ordered like their numbers (the engine orders ties by id).</summary>
    public static Guid Id(int number) => new(number, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

    /// <summary>
    /// A fresh consultant of <paramref name="company"/> (Acme by default), available now, 500 € a day, full time,
    /// 6 years of experience, Europe/Paris 9:00–18:00, French C2 and English C1, Python at level 4.
    /// </summary>
    public static ConsultantProfile Consultant(int number, Guid? company = null) => new(
        Id: Id(number),
        CompanyId: company ?? Companies.Acme,
        DailyRateEur: 500,
        CapacityPercent: 100,
        SeniorityYears: 6,
        AvailableFrom: Today,
        AvailableUntil: null,
        FreshUntil: Now.AddDays(30),
        TimeZone: "Europe/Paris",
        WorkdayStart: new TimeOnly(9, 0),
        WorkdayEnd: new TimeOnly(18, 0),
        Skills: [new ProfileSkill(Catalogue.Python, 4, 6)],
        Languages: [new ProfileLanguage("fr", 6), new ProfileLanguage("en", 5)]);

    /// <summary>The same consultant holding only the given skills.</summary>
    public static ConsultantProfile Having(this ConsultantProfile profile, params ProfileSkill[] skills) => profile with { Skills = skills };

    /// <summary>The same consultant holding only <paramref name="skillId"/>, at <paramref name="level"/>.</summary>
    public static ConsultantProfile Having(this ConsultantProfile profile, int skillId, int level = 3) =>
        profile with { Skills = [new ProfileSkill(skillId, level, 5)] };

    /// <summary>
    /// A mission starting on <see cref="Start"/>, full time, no maximum rate, client in Europe/Paris 9:00–17:00
    /// with no overlap required, no language, any seniority, the first 20 results; Python at level 3 a must-have
    /// unless other skills are given.
    /// </summary>
    public static MatchQuery Query(params RequiredSkill[] skills) => new(
        Skills: skills.Length > 0 ? skills : [new RequiredSkill(Catalogue.Python, SkillImportance.MustHave, 3)],
        Languages: [],
        Start: Start,
        End: null,
        WorkloadPercent: 100,
        MaxDailyRateEur: null,
        ClientTimeZone: "Europe/Paris",
        ClientHoursStart: new TimeOnly(9, 0),
        ClientHoursEnd: new TimeOnly(17, 0),
        OverlapHours: 0,
        Seniority: null,
        Now: Now);

    public static RequiredSkill MustHave(int skillId, int minLevel = 1) => new(skillId, SkillImportance.MustHave, minLevel);

    public static RequiredSkill Important(int skillId, int minLevel = 1) => new(skillId, SkillImportance.Important, minLevel);

    public static RequiredSkill NiceToHave(int skillId, int minLevel = 1) => new(skillId, SkillImportance.NiceToHave, minLevel);

    public static MatchRelaxation Ignoring(MatchConstraint constraints) => new(Ignored: constraints);

    /// <summary>An index of the hand-made taxonomy, the companies of <see cref="Companies"/> and these consultants.</summary>
    public static MatchIndex Index(params ConsultantProfile[] consultants) => Index(new MatchingOptions(), consultants);

    public static MatchIndex Index(MatchingOptions options, IEnumerable<ConsultantProfile> consultants)
    {
        var index = new MatchIndex(options);
        index.Load(Catalogue.Graph, consultants, Companies.Approvals);
        return index;
    }

    public static IReadOnlyList<Guid> Ids(this MatchResult result) => [.. result.Items.Select(i => i.ConsultantId)];

    public static RankedConsultant Of(this MatchResult result, int number) => result.Items.Single(i => i.ConsultantId == Id(number));

    public static bool Lists(this MatchResult result, int number) => result.Items.Any(i => i.ConsultantId == Id(number));

    public static SkillEvidence Evidence(this RankedConsultant ranked, int requiredSkillId) =>
        ranked.Explanation.Skills.Single(s => s.RequiredSkillId == requiredSkillId);

    public static CriterionScore CriterionOf(this RankedConsultant ranked, Criterion criterion) =>
        ranked.Explanation.Criteria.Single(c => c.Criterion == criterion);

    /// <summary>Everything a result says, as text, so that two results can be compared whole (ids, ranks, scores, explanations).</summary>
    public static string Describe(this MatchResult result)
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"total {result.Total}; unknown [{string.Join(",", result.UnknownSkillIds)}]\n");
        foreach (var item in result.Items)
        {
            text.Append(Describe(item)).Append('\n');
        }

        return text.ToString();
    }

    public static string Describe(this WhyNotAnswer answer) =>
        $"{answer.Status} [{string.Join("; ", answer.Failures)}] {(answer.Ranked is null ? "-" : Describe(answer.Ranked))}";

    private static string Describe(RankedConsultant item) => string.Create(CultureInfo.InvariantCulture,
        $"#{item.Rank} {item.ConsultantId} {item.CompanyId} {item.Score:R} skills [{string.Join("; ", item.Explanation.Skills)}] " +
        $"criteria [{string.Join("; ", item.Explanation.Criteria)}] relaxed [{string.Join("; ", item.Explanation.Relaxed)}] " +
        $"fairness {item.Explanation.Fairness}");
}
