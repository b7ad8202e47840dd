using TescForce.Matching.Profiles;
using TescForce.Matching.Taxonomy;

namespace TescForce.Matching.Indexing;

/// <summary>One consultant in the packed form of the index (see <see cref="Packing"/>).</summary>
internal sealed class IndexedConsultant
{
    public required Guid Id { get; init; }

    public required int Company { get; init; }

    public required int Rate { get; init; }

    public required byte Capacity { get; init; }

    public required byte Seniority { get; init; }

    public required int From { get; init; }

    public required int Until { get; init; }

    public required int FreshUntil { get; init; }

    public required ushort Schedule { get; init; }

    public required int[] Skills { get; init; }

    public required ushort[] Languages { get; init; }

    public ConsultantView View => new(Id, Company, Rate, Capacity, Seniority, From, Until, FreshUntil, Schedule, Skills, Languages);

    /// <summary>Packs a profile, adding what is new to <paramref name="tables"/>. Skills the taxonomy does not know are left out.</summary>
    public static IndexedConsultant Pack(ConsultantProfile profile, SkillGraph graph, ref IndexTables tables)
    {
        tables = tables.EnsureCompany(profile.CompanyId, out var company);
        tables = tables.EnsureSchedule(new Schedule(profile.TimeZone, profile.WorkdayStart, profile.WorkdayEnd), out var schedule);
        var skills = new List<int>(profile.Skills.Count);
        foreach (var skill in profile.Skills.DistinctBy(s => s.SkillId))
        {
            var index = graph.IndexOf(skill.SkillId);
            if (index >= 0)
            {
                skills.Add(Packing.Skill(index, skill.Level, skill.Years));
            }
        }

        var languages = new ushort[profile.Languages.Count];
        var count = 0;
        foreach (var language in profile.Languages.DistinctBy(l => l.Code))
        {
            tables = tables.EnsureLanguage(language.Code, out var index);
            languages[count++] = Packing.Language(index, language.Level);
        }

        return new IndexedConsultant
        {
            Id = profile.Id, Company = company, Rate = Math.Max(0, profile.DailyRateEur),
            Capacity = (byte)Math.Clamp(profile.CapacityPercent, 0, 100), Seniority = (byte)Math.Clamp(profile.SeniorityYears, 0, 100),
            From = profile.AvailableFrom.DayNumber, Until = profile.AvailableUntil?.DayNumber ?? int.MaxValue,
            FreshUntil = Packing.Minutes(profile.FreshUntil), Schedule = (ushort)schedule,
            Skills = [.. skills], Languages = count == languages.Length ? languages : languages[..count],
        };
    }
}
