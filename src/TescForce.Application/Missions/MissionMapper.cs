using TescForce.Application.Matching;
using TescForce.Domain.Missions;
using MatchImportance = TescForce.Matching.Queries.SkillImportance;
using MatchSeniority = TescForce.Matching.Queries.SeniorityBand;

namespace TescForce.Application.Missions;

/// <summary>Between the form, the entity and the matcher's criteria.</summary>
internal static class MissionMapper
{
    public static MissionInput ToInput(Mission m) => new()
    {
        Title = m.Title, Description = m.Description,
        Skills = [.. m.Skills.OrderBy(s => s.Importance).ThenBy(s => s.SkillTagId)
            .Select(s => new MissionSkillInput { SkillTagId = s.SkillTagId, Importance = s.Importance, MinLevel = s.MinLevel })],
        Languages = [.. m.Languages.OrderBy(l => l.Code).Select(l => new MissionLanguageInput { Code = l.Code, MinLevel = l.MinLevel })],
        StartDate = m.StartDate, DurationWeeks = m.DurationWeeks, WorkloadPercent = m.WorkloadPercent, MaxDailyRateEur = m.MaxDailyRateEur,
        TimeZone = m.TimeZone, ClientHoursStart = m.ClientHoursStart, ClientHoursEnd = m.ClientHoursEnd, OverlapHours = m.OverlapHours,
        Seniority = m.Seniority, Sector = m.Sector, Version = m.Version,
    };

    public static void Apply(MissionInput input, Mission m)
    {
        m.Title = input.Title.Trim();
        m.Description = (input.Description ?? "").Trim();
        m.Skills = [.. input.Skills.Select(s => new MissionSkill { MissionId = m.Id, SkillTagId = s.SkillTagId, Importance = s.Importance, MinLevel = s.MinLevel })];
        m.Languages = [.. input.Languages.Select(l => new MissionLanguage { MissionId = m.Id, Code = l.Code.Trim().ToLowerInvariant(), MinLevel = l.MinLevel })];
        m.StartDate = input.StartDate;
        m.DurationWeeks = input.DurationWeeks;
        m.WorkloadPercent = input.WorkloadPercent;
        m.MaxDailyRateEur = input.MaxDailyRateEur;
        m.TimeZone = input.TimeZone;
        m.ClientHoursStart = input.ClientHoursStart;
        m.ClientHoursEnd = input.ClientHoursEnd;
        m.OverlapHours = input.OverlapHours;
        m.Seniority = input.Seniority;
        m.Sector = string.IsNullOrWhiteSpace(input.Sector) ? null : input.Sector.Trim();
    }

    /// <summary>What the matcher needs of a mission (the form's or the saved one).</summary>
    public static MissionCriteria ToCriteria(MissionInput input) => new()
    {
        Skills = [.. input.Skills.Select(s => new RequiredSkillInput(s.SkillTagId, (MatchImportance)(int)s.Importance, s.MinLevel))],
        Languages = [.. input.Languages.Select(l => new RequiredLanguageInput(l.Code.Trim().ToLowerInvariant(), l.MinLevel))],
        Start = input.StartDate,
        End = input.DurationWeeks is >= 1 and <= Mission.MaxWeeks && input.StartDate <= MissionCriteriaValidator.LatestStart
            ? input.StartDate.AddDays((input.DurationWeeks * 7) - 1)
            : null,
        WorkloadPercent = input.WorkloadPercent,
        MaxDailyRateEur = input.MaxDailyRateEur,
        ClientTimeZone = input.TimeZone,
        ClientHoursStart = input.ClientHoursStart,
        ClientHoursEnd = input.ClientHoursEnd,
        OverlapHours = input.OverlapHours,
        Seniority = input.Seniority is { } level ? (MatchSeniority)(int)level : null,
    };
}
