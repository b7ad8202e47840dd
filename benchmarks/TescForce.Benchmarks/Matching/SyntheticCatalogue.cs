using TescForce.Matching.Profiles;

namespace TescForce.Benchmarks.Matching;

/// <summary>
/// A deterministic synthetic catalogue of consultants over the real taxonomy, generated on the fly so
/// that the index can be measured without the profiles being held. Consultant <c>i</c> is always the
/// same (its own seeded <see cref="Random"/>), so any profile can be generated again to update it.
/// </summary>
/// <remarks>
/// Skills follow a Zipf law over the non-grouping concepts of the taxonomy in a random order, after a few
/// core skills (Java, Python, SQL, Linux, Git…) that are the most popular; companies follow a milder Zipf
/// law (a few large firms, many small ones). The default exponent, 0.8, puts the most popular skill in
/// about half of the profiles: the share of the most used languages among professional developers in
/// the Stack Overflow 2024 survey (JavaScript 62 %, Python and SQL 51 %), and twice the share of the top
/// skill of the demo data (Python, 26 %). The classic exponent 1.0 puts Java in 82 % of the profiles, a
/// pool no real one resembles; `quick --zipf 1.0` measures it all the same.
/// </remarks>
public sealed class SyntheticCatalogue
{
    public const int SkillsPerConsultant = 12;
    public const int DefaultSeed = 20260302;
    public const double DefaultSkillExponent = 0.8;

    /// <summary>The fixed "today" of the catalogue and of the missions.</summary>
    public static readonly DateOnly Today = new(2026, 3, 2);

    /// <summary>The fixed "now" (UTC) of the catalogue and of the missions.</summary>
    public static readonly DateTime Now = new(2026, 3, 2, 8, 30, 0, DateTimeKind.Utc);

    /// <summary>Labels of skills placed among the most popular (those the taxonomy does not have are skipped).</summary>
    public static readonly string[] CoreSkillLabels =
    [
        "SQL", "Python (computer programming)", "Linux", "Git", "Java (computer programming)", "JavaScript",
        "Docker", "Agile project management", "Scrum", "Amazon Web Services", "TypeScript", "C#",
    ];

    private static readonly WeightedChoice<int> Levels = new((1, 4), (2, 14), (3, 36), (4, 33), (5, 13));
    private static readonly WeightedChoice<int> Capacities = new((100, 60), (90, 5), (80, 15), (60, 10), (50, 10));
    private static readonly WeightedChoice<(TimeOnly Start, TimeOnly End)> Workdays = new(
        ((new TimeOnly(8, 0), new TimeOnly(17, 0)), 25), ((new TimeOnly(9, 0), new TimeOnly(18, 0)), 60), ((new TimeOnly(10, 0), new TimeOnly(19, 0)), 15));

    private static readonly WeightedChoice<string> TimeZones = new(
        ("Europe/Paris", 70), ("Africa/Casablanca", 7), ("Europe/London", 6), ("America/Montreal", 4), ("Africa/Tunis", 4),
        ("Europe/Brussels", 3), ("Asia/Kolkata", 3), ("Europe/Lisbon", 2), ("Indian/Mauritius", 1));

    private static readonly WeightedChoice<int> EnglishLevels = new((3, 25), (4, 40), (5, 25), (6, 10));

    private readonly int _seed;
    private readonly Guid[] _companyIds;
    private readonly ZipfSampler _companies;

    public SyntheticCatalogue(MatchTaxonomy taxonomy, int count, int seed = DefaultSeed, double skillExponent = DefaultSkillExponent)
    {
        ArgumentNullException.ThrowIfNull(taxonomy);
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        Count = count;
        _seed = seed;
        var random = new Random(seed);

        // Popularity is not tied to ids: the core skills first, then all the others, each group in a random order.
        var core = CoreSkillLabels.Select(l => taxonomy.IdsByLabel.GetValueOrDefault(l)).Where(id => id != 0).Distinct().ToArray();
        var others = taxonomy.SkillIds.Except(core).ToArray();
        random.Shuffle(core);
        random.Shuffle(others);
        int[] order = [.. core, .. others];

        Skills = new ZipfSampler(order, skillExponent);

        // 40 companies for small catalogues, one per 2,500 consultants, at most 400.
        var companyCount = Math.Clamp(count / 2_500, 40, 400);
        _companyIds = new Guid[companyCount];
        for (var i = 0; i < companyCount; i++)
        {
            _companyIds[i] = NextGuid(random);
        }

        _companies = new ZipfSampler(Enumerable.Range(0, companyCount).ToArray(), 0.8);
    }

    public int Count { get; }

    /// <summary>The popularity of skills, shared with the missions.</summary>
    public ZipfSampler Skills { get; }

    public IReadOnlyList<Guid> CompanyIds => _companyIds;

    /// <summary>The member companies, all approved.</summary>
    public IEnumerable<KeyValuePair<Guid, bool>> Companies => _companyIds.Select(id => KeyValuePair.Create(id, true));

    /// <summary>Every consultant, generated as enumerated (nothing is kept).</summary>
    public IEnumerable<ConsultantProfile> Profiles()
    {
        for (var i = 0; i < Count; i++)
        {
            yield return Profile(i);
        }
    }

    /// <summary>Consultant number <paramref name="index"/>, the same every time.</summary>
    public ConsultantProfile Profile(int index)
    {
        var random = new Random(Mix(_seed, index));
        var id = NextGuid(random);
        var company = _companyIds[_companies.Sample(random)];

        // Experience: exponential, mean 8 years, at most 30; the rate grows with it.
        var seniority = Math.Min(30, (int)Math.Round(-Math.Log(1 - random.NextDouble()) * 8));
        var rate = Math.Clamp(350 + (seniority * 18) + random.Next(-80, 160), 350, 1100) / 10 * 10;
        var capacity = Capacities.Next(random);

        // Availability: 45 % already available, the others within 90 days; 15 % until an end date.
        var from = random.Next(100) < 45 ? Today.AddDays(-random.Next(0, 60)) : Today.AddDays(random.Next(1, 91));
        DateOnly? until = random.Next(100) < 15 ? from.AddDays(random.Next(30, 366)) : null;

        // About 5 % stale (not confirmed in time), the others fresh for up to 60 days.
        var freshUntil = random.Next(100) < 5
            ? Now.AddMinutes(-random.Next(60, 30 * 24 * 60))
            : Now.AddMinutes(random.Next(60, 60 * 24 * 60));

        var zone = TimeZones.Next(random);
        var (start, end) = Workdays.Next(random);

        Span<int> skillIds = stackalloc int[SkillsPerConsultant];
        Skills.SampleDistinct(random, skillIds);
        var skills = new ProfileSkill[SkillsPerConsultant];
        for (var i = 0; i < skills.Length; i++)
        {
            var level = Levels.Next(random);
            var years = seniority == 0 ? 0 : random.Next(0, Math.Min(20, seniority) + 1);
            skills[i] = new ProfileSkill(skillIds[i], level, years);
        }

        return new ConsultantProfile(id, company, rate, capacity, seniority, from, until, freshUntil, zone, start, end,
            skills, Languages(random, zone));
    }

    /// <summary>
    /// Consultant number <paramref name="index"/> as edited by themselves: availability confirmed, a new
    /// rate, one skill's level changed, sometimes one skill replaced. Same id and company.
    /// </summary>
    public ConsultantProfile Modified(int index, int version)
    {
        var profile = Profile(index);
        var random = new Random(Mix(Mix(_seed, index), version + 1));
        var skills = profile.Skills.ToArray();
        var changed = random.Next(skills.Length);
        skills[changed] = skills[changed] with { Level = Levels.Next(random) };
        if (random.Next(100) < 30)
        {
            var replaced = random.Next(skills.Length);
            var candidate = Skills.Sample(random);
            if (!skills.Any(s => s.SkillId == candidate))
            {
                skills[replaced] = new ProfileSkill(candidate, Levels.Next(random), random.Next(0, 6));
            }
        }

        var from = Today.AddDays(random.Next(0, 60));
        return profile with
        {
            DailyRateEur = Math.Clamp(profile.DailyRateEur + (random.Next(-3, 4) * 10), 350, 1100),
            FreshUntil = Now.AddDays(30).AddMinutes(version),
            AvailableFrom = from,
            AvailableUntil = profile.AvailableUntil is { } until && until < from ? from.AddDays(90) : profile.AvailableUntil,
            Skills = skills,
        };
    }

    private static ProfileLanguage[] Languages(Random random, string zone)
    {
        var languages = new List<ProfileLanguage>(4);
        var francophone = zone is not ("Europe/London" or "Asia/Kolkata" or "Europe/Lisbon");
        if (francophone)
        {
            languages.Add(new ProfileLanguage("fr", random.Next(100) < 90 ? 6 : 5));
        }
        else if (random.Next(100) < 30)
        {
            languages.Add(new ProfileLanguage("fr", random.Next(3, 6)));
        }

        var english = zone switch
        {
            "Europe/London" => 6,
            "Asia/Kolkata" => random.Next(5, 7),
            _ => EnglishLevels.Next(random),
        };
        languages.Add(new ProfileLanguage("en", english));
        if (random.Next(100) < 15)
        {
            languages.Add(new ProfileLanguage("es", random.Next(2, 6)));
        }

        if (random.Next(100) < 8)
        {
            languages.Add(new ProfileLanguage("de", random.Next(2, 6)));
        }

        return [.. languages];
    }

    private static Guid NextGuid(Random random)
    {
        Span<byte> bytes = stackalloc byte[16];
        random.NextBytes(bytes);
        return new Guid(bytes);
    }

    /// <summary>A well-mixed seed for consultant <paramref name="index"/> (SplitMix64 finaliser).</summary>
    private static int Mix(int seed, int index)
    {
        var z = ((ulong)(uint)seed << 32) | (uint)index;
        z += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return (int)(z ^ (z >> 31));
    }
}
