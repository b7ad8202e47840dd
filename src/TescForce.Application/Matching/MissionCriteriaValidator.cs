using TescForce.Application.Common;
using TescForce.Domain.Consultants;
using TescForce.Matching.Queries;

namespace TescForce.Application.Matching;

/// <summary>The rules of a mission's matching criteria and of a view's relaxations, checked on the server.</summary>
public static class MissionCriteriaValidator
{
    public const int MaxSkills = 30;
    public const int MaxLanguages = 10;
    public const int MaxDailyRate = 5000;
    public const int MaxTolerancePercent = 50;
    public const int MaxGraceDays = 90;
    public const int MaxExtraGraceDays = 365;
    public const int MaxExtraTolerancePercent = 100;

    private const MatchConstraint Relaxable = MatchConstraint.Availability | MatchConstraint.Capacity | MatchConstraint.Languages
        | MatchConstraint.Rate | MatchConstraint.TimeZoneOverlap | MatchConstraint.MustHaveSkills;

    /// <param name="activeSkillIds">Ids of the active skills among those required.</param>
    public static Dictionary<string, List<string>> Validate(MissionCriteria criteria, IReadOnlySet<int> activeSkillIds)
    {
        ArgumentNullException.ThrowIfNull(criteria);
        ArgumentNullException.ThrowIfNull(activeSkillIds);
        var errors = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        void Error(string field, string message) => InputValidation.Add(errors, field, message);

        if (criteria.Skills.Count == 0)
        {
            Error(nameof(criteria.Skills), "Add at least one required skill.");
        }
        else if (criteria.Skills.Count > MaxSkills)
        {
            Error(nameof(criteria.Skills), $"At most {MaxSkills} required skills.");
        }

        if (criteria.Skills.Select(s => s.SkillTagId).Distinct().Count() != criteria.Skills.Count)
        {
            Error(nameof(criteria.Skills), "Each skill may be required only once.");
        }

        foreach (var skill in criteria.Skills)
        {
            if (!activeSkillIds.Contains(skill.SkillTagId))
            {
                Error(nameof(criteria.Skills), $"Skill {skill.SkillTagId} is not in the catalogue (or no longer active).");
            }

            if (skill.MinLevel is < ConsultantSkill.MinLevel or > ConsultantSkill.MaxLevel)
            {
                Error(nameof(criteria.Skills), $"A minimum level is between {ConsultantSkill.MinLevel} and {ConsultantSkill.MaxLevel}.");
            }

            if (!Enum.IsDefined(skill.Importance))
            {
                Error(nameof(criteria.Skills), "A skill's importance is must-have, important or nice-to-have.");
            }
        }

        if (criteria.Languages.Count > MaxLanguages)
        {
            Error(nameof(criteria.Languages), $"At most {MaxLanguages} languages.");
        }

        foreach (var language in criteria.Languages)
        {
            if (language.Code is not { Length: 2 } code || !code.All(char.IsAsciiLetterLower))
            {
                Error(nameof(criteria.Languages), "A language is a two-letter ISO 639-1 code in lower case (en, fr, de…).");
            }

            if (!Enum.IsDefined(language.MinLevel))
            {
                Error(nameof(criteria.Languages), "A language level is a CEFR level, A1 to C2.");
            }
        }

        if (criteria.Languages.Select(l => l.Code).Distinct(StringComparer.Ordinal).Count() != criteria.Languages.Count)
        {
            Error(nameof(criteria.Languages), "Each language may be required only once.");
        }

        if (criteria.Start == default)
        {
            Error(nameof(criteria.Start), "Give the mission's start date.");
        }

        if (criteria.End is { } end && end < criteria.Start)
        {
            Error(nameof(criteria.End), "The mission cannot end before it starts.");
        }

        if (criteria.WorkloadPercent is < 10 or > 100)
        {
            Error(nameof(criteria.WorkloadPercent), "The workload is between 10 and 100 %.");
        }

        if (criteria.MaxDailyRateEur is { } rate && rate is < 1 or > MaxDailyRate)
        {
            Error(nameof(criteria.MaxDailyRateEur), $"The maximum daily rate is between 1 and {MaxDailyRate} €.");
        }

        if (criteria.RateTolerancePercent is < 0 or > MaxTolerancePercent)
        {
            Error(nameof(criteria.RateTolerancePercent), $"The rate tolerance is between 0 and {MaxTolerancePercent} %.");
        }

        if (criteria.AvailabilityGraceDays is < 0 or > MaxGraceDays)
        {
            Error(nameof(criteria.AvailabilityGraceDays), $"The grace period is between 0 and {MaxGraceDays} days.");
        }

        if (string.IsNullOrWhiteSpace(criteria.ClientTimeZone) || !TimeZoneInfo.TryFindSystemTimeZoneById(criteria.ClientTimeZone, out _))
        {
            Error(nameof(criteria.ClientTimeZone), "Choose a time zone from the list (IANA name, e.g. America/New_York).");
        }

        if (criteria.ClientHoursEnd <= criteria.ClientHoursStart)
        {
            Error(nameof(criteria.ClientHoursEnd), "The client's working hours must end after they start.");
        }
        else if (criteria.OverlapHours < 0 || criteria.OverlapHours > (criteria.ClientHoursEnd - criteria.ClientHoursStart).TotalHours)
        {
            Error(nameof(criteria.OverlapHours), "The overlap needed is between 0 and the length of the client's working day.");
        }

        if (criteria.Seniority is { } band && !Enum.IsDefined(band))
        {
            Error(nameof(criteria.Seniority), "Choose a seniority band.");
        }

        return errors;
    }

    public static Dictionary<string, List<string>> Validate(MatchRelaxation relaxation)
    {
        ArgumentNullException.ThrowIfNull(relaxation);
        var errors = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        if (relaxation.ExtraGraceDays is < 0 or > MaxExtraGraceDays)
        {
            InputValidation.Add(errors, nameof(relaxation.ExtraGraceDays), $"Extra days of availability are between 0 and {MaxExtraGraceDays}.");
        }

        if (relaxation.ExtraRateTolerancePercent is < 0 or > MaxExtraTolerancePercent)
        {
            InputValidation.Add(errors, nameof(relaxation.ExtraRateTolerancePercent), $"The extra rate tolerance is between 0 and {MaxExtraTolerancePercent} %.");
        }

        if ((relaxation.Ignored & (MatchConstraint.Visibility | MatchConstraint.Relevance)) != 0)
        {
            InputValidation.Add(errors, nameof(relaxation.Ignored), "Only published, fresh profiles of approved companies with at least one of the skills can be listed.");
        }
        else if ((relaxation.Ignored & ~Relaxable) != 0)
        {
            InputValidation.Add(errors, nameof(relaxation.Ignored), "Unknown constraint.");
        }

        return errors;
    }
}
