using TescForce.Domain.Consultants;

namespace TescForce.Application.Consultants;

/// <summary>Copies between the input DTO and the entity; the skills and languages are diffed, not replaced.</summary>
internal static class ConsultantMapper
{
    public static ConsultantInput ToInput(Consultant c) => new()
    {
        FullName = c.FullName, Email = c.Email, ExternalReference = c.ExternalReference, Headline = c.Headline,
        Summary = c.Summary, SeniorityYears = c.SeniorityYears, City = c.City, CountryCode = c.CountryCode,
        RemotePreference = c.RemotePreference, DailyRateEur = c.DailyRateEur, TimeZone = c.TimeZone,
        WorkdayStart = c.WorkdayStart, WorkdayEnd = c.WorkdayEnd, AvailableFrom = c.AvailableFrom,
        AvailableUntil = c.AvailableUntil, CapacityPercent = c.CapacityPercent, Sectors = [.. c.Sectors],
        Certifications = [.. c.Certifications],
        Skills = c.Skills.OrderByDescending(s => s.Level).ThenBy(s => s.SkillTagId)
            .Select(s => new SkillInput { SkillTagId = s.SkillTagId, Level = s.Level, Years = s.Years }).ToList(),
        Languages = c.Languages.OrderByDescending(l => l.Level).ThenBy(l => l.Code, StringComparer.Ordinal)
            .Select(l => new LanguageInput { Code = l.Code, Level = l.Level }).ToList(),
        Version = c.Version,
    };

    public static void Apply(ConsultantInput input, Consultant c)
    {
        c.FullName = input.FullName.Trim();
        c.Email = input.Email.Trim();
        c.ExternalReference = string.IsNullOrWhiteSpace(input.ExternalReference) ? null : input.ExternalReference.Trim();
        c.Headline = input.Headline.Trim();
        c.Summary = (input.Summary ?? "").Trim();
        c.SeniorityYears = input.SeniorityYears;
        c.City = input.City.Trim();
        c.CountryCode = input.CountryCode;
        c.RemotePreference = input.RemotePreference;
        c.DailyRateEur = input.DailyRateEur;
        c.TimeZone = input.TimeZone;
        c.WorkdayStart = input.WorkdayStart;
        c.WorkdayEnd = input.WorkdayEnd;
        c.AvailableFrom = input.AvailableFrom;
        c.AvailableUntil = input.AvailableUntil;
        c.CapacityPercent = input.CapacityPercent;
        c.Sectors = input.Sectors.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        c.Certifications = input.Certifications.Select(x => x.Trim()).Distinct(StringComparer.OrdinalIgnoreCase).ToList();

        var wantedSkills = input.Skills.ToDictionary(s => s.SkillTagId);
        c.Skills.RemoveAll(s => !wantedSkills.ContainsKey(s.SkillTagId));
        foreach (var wanted in wantedSkills.Values)
        {
            var existing = c.Skills.FirstOrDefault(s => s.SkillTagId == wanted.SkillTagId);
            if (existing is null)
            {
                c.Skills.Add(new ConsultantSkill { ConsultantId = c.Id, SkillTagId = wanted.SkillTagId, Level = wanted.Level, Years = wanted.Years });
            }
            else
            {
                existing.Level = wanted.Level;
                existing.Years = wanted.Years;
            }
        }

        var wantedLanguages = input.Languages.ToDictionary(l => l.Code.ToLowerInvariant(), StringComparer.Ordinal);
        c.Languages.RemoveAll(l => !wantedLanguages.ContainsKey(l.Code));
        foreach (var (code, wanted) in wantedLanguages)
        {
            var existing = c.Languages.FirstOrDefault(l => l.Code == code);
            if (existing is null)
            {
                c.Languages.Add(new ConsultantLanguage { ConsultantId = c.Id, Code = code, Level = wanted.Level });
            }
            else
            {
                existing.Level = wanted.Level;
            }
        }
    }
}
