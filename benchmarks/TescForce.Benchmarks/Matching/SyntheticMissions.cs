using TescForce.Matching.Queries;

namespace TescForce.Benchmarks.Matching;

/// <summary>
/// Deterministic synthetic missions for a <see cref="SyntheticCatalogue"/>: six required skills drawn
/// with the catalogue's popularity (two must-have, two important, two nice-to-have), English (and
/// sometimes French), a start within 30 days, a workload, a maximum rate and a client time zone with
/// a required overlap. Judged at the catalogue's fixed <see cref="SyntheticCatalogue.Now"/>; top 20.
/// </summary>
public static class SyntheticMissions
{
    public const int SkillsPerMission = 6;

    private static readonly WeightedChoice<int> MinLevels = new((2, 30), (3, 45), (4, 25));
    private static readonly WeightedChoice<int> Workloads = new((100, 55), (80, 20), (60, 10), (50, 15));
    private static readonly WeightedChoice<string> ClientZones = new(
        ("Europe/Paris", 55), ("Europe/Berlin", 12), ("Europe/London", 10), ("America/New_York", 10), ("America/Montreal", 8),
        ("Europe/Brussels", 5));

    private static readonly WeightedChoice<SeniorityBand?> Seniorities = new(
        (null, 30), (SeniorityBand.Junior, 10), (SeniorityBand.Confirmed, 25), (SeniorityBand.Senior, 25), (SeniorityBand.Expert, 10));

    public static MatchQuery[] Generate(SyntheticCatalogue catalogue, int count, int seed)
    {
        ArgumentNullException.ThrowIfNull(catalogue);
        var random = new Random(seed);
        var missions = new MatchQuery[count];
        Span<int> skillIds = stackalloc int[SkillsPerMission];
        for (var m = 0; m < count; m++)
        {
            catalogue.Skills.SampleDistinct(random, skillIds);
            var skills = new RequiredSkill[SkillsPerMission];
            for (var i = 0; i < skills.Length; i++)
            {
                var importance = i < 2 ? SkillImportance.MustHave : i < 4 ? SkillImportance.Important : SkillImportance.NiceToHave;
                skills[i] = new RequiredSkill(skillIds[i], importance, MinLevels.Next(random));
            }

            var languages = new List<RequiredLanguage>(2) { new("en", random.Next(100) < 80 ? 4 : 3) };
            if (random.Next(100) < 40)
            {
                languages.Add(new RequiredLanguage("fr", 5));
            }

            var start = SyntheticCatalogue.Today.AddDays(random.Next(0, 31));
            DateOnly? end = random.Next(100) < 75 ? start.AddDays(random.Next(60, 366)) : null;
            missions[m] = new MatchQuery(
                skills,
                languages,
                start,
                end,
                Workloads.Next(random),
                random.Next(12, 21) * 50,
                ClientZones.Next(random),
                new TimeOnly(9, 0),
                new TimeOnly(17, 0),
                random.Next(2, 5),
                Seniorities.Next(random),
                SyntheticCatalogue.Now)
            {
                Take = 20,
            };
        }

        return missions;
    }
}
