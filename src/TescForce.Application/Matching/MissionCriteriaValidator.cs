using TescForce.Application.Common;
using TescForce.Domain.Consultants;
using TescForce.Matching.Queries;

namespace TescForce.Application.Matching;

/// <summary>The rules of a mission's matching criteria and of a view's relaxations, checked on the server.</summary>
public static class MissionCriteriaValidator
{
    /// <summary>
    /// The latest start a mission may have: far enough for any real plan, and early enough that its end (up to
    /// <c>Mission.MaxWeeks</c> later) is a date; a start of 9999-12-31 overflowed <see cref="DateOnly.AddDays"/> (a 500).
    /// </summary>
    public static readonly DateOnly LatestStart = new(2099, 12, 31);

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
            Error(nameof(criteria.Skills), Messages.Matching_AddLeastRequiredSkill);
        }
        else if (criteria.Skills.Count > MaxSkills)
        {
            Error(nameof(criteria.Skills), Messages.Format(Messages.Matching_MostRequiredSkills, MaxSkills));
        }

        if (criteria.Skills.Select(s => s.SkillTagId).Distinct().Count() != criteria.Skills.Count)
        {
            Error(nameof(criteria.Skills), Messages.Matching_EachSkillRequiredOnly);
        }

        foreach (var skill in criteria.Skills)
        {
            if (!activeSkillIds.Contains(skill.SkillTagId))
            {
                Error(nameof(criteria.Skills), Messages.Format(Messages.Matching_SkillNotCatalogueNo, skill.SkillTagId));
            }

            if (skill.MinLevel is < ConsultantSkill.MinLevel or > ConsultantSkill.MaxLevel)
            {
                Error(nameof(criteria.Skills), Messages.Format(Messages.Matching_MinimumLevelBetween, ConsultantSkill.MinLevel, ConsultantSkill.MaxLevel));
            }

            if (!Enum.IsDefined(skill.Importance))
            {
                Error(nameof(criteria.Skills), Messages.Matching_SkillImportanceHaveImportant);
            }
        }

        if (criteria.Languages.Count > MaxLanguages)
        {
            Error(nameof(criteria.Languages), Messages.Format(Messages.Shared_MostLanguages, MaxLanguages));
        }

        foreach (var language in criteria.Languages)
        {
            if (language.Code is not { Length: 2 } code || !code.All(char.IsAsciiLetterLower))
            {
                Error(nameof(criteria.Languages), Messages.Matching_LanguageTwoLetterISO);
            }

            if (!Enum.IsDefined(language.MinLevel))
            {
                Error(nameof(criteria.Languages), Messages.Matching_LanguageLevelCEFRLevel);
            }
        }

        if (criteria.Languages.Select(l => l.Code).Distinct(StringComparer.Ordinal).Count() != criteria.Languages.Count)
        {
            Error(nameof(criteria.Languages), Messages.Matching_EachLanguageRequiredOnly);
        }

        if (criteria.Start == default)
        {
            Error(nameof(criteria.Start), Messages.Matching_GiveMissionStartDate);
        }
        else if (criteria.Start > LatestStart)
        {
            Error(nameof(criteria.Start), Messages.Format(Messages.Matching_MissionStartTooFar, LatestStart));
        }

        if (criteria.End is { } end && end < criteria.Start)
        {
            Error(nameof(criteria.End), Messages.Matching_MissionCannotEndBefore);
        }

        if (criteria.WorkloadPercent is < 10 or > 100)
        {
            Error(nameof(criteria.WorkloadPercent), Messages.Shared_WorkloadBetween10100);
        }

        if (criteria.MaxDailyRateEur is { } rate && rate is < 1 or > MaxDailyRate)
        {
            Error(nameof(criteria.MaxDailyRateEur), Messages.Format(Messages.Matching_MaximumDailyRateBetween, MaxDailyRate));
        }

        if (criteria.RateTolerancePercent is < 0 or > MaxTolerancePercent)
        {
            Error(nameof(criteria.RateTolerancePercent), Messages.Format(Messages.Matching_RateToleranceBetween, MaxTolerancePercent));
        }

        if (criteria.AvailabilityGraceDays is < 0 or > MaxGraceDays)
        {
            Error(nameof(criteria.AvailabilityGraceDays), Messages.Format(Messages.Matching_GracePeriodBetweenDays, MaxGraceDays));
        }

        if (string.IsNullOrWhiteSpace(criteria.ClientTimeZone) || !TimeZoneInfo.TryFindSystemTimeZoneById(criteria.ClientTimeZone, out _))
        {
            Error(nameof(criteria.ClientTimeZone), Messages.Matching_ChooseTimeZoneFrom);
        }

        if (criteria.ClientHoursEnd <= criteria.ClientHoursStart)
        {
            Error(nameof(criteria.ClientHoursEnd), Messages.Matching_ClientWorkingHoursEnd);
        }
        else if (criteria.OverlapHours < 0 || criteria.OverlapHours > (criteria.ClientHoursEnd - criteria.ClientHoursStart).TotalHours)
        {
            Error(nameof(criteria.OverlapHours), Messages.Matching_OverlapNeededBetweenLength);
        }

        if (criteria.Seniority is { } band && !Enum.IsDefined(band))
        {
            Error(nameof(criteria.Seniority), Messages.Matching_ChooseSeniorityBand);
        }

        return errors;
    }

    public static Dictionary<string, List<string>> Validate(MatchRelaxation relaxation)
    {
        ArgumentNullException.ThrowIfNull(relaxation);
        var errors = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        if (relaxation.ExtraGraceDays is < 0 or > MaxExtraGraceDays)
        {
            InputValidation.Add(errors, nameof(relaxation.ExtraGraceDays), Messages.Format(Messages.Matching_ExtraDaysAvailabilityBetween, MaxExtraGraceDays));
        }

        if (relaxation.ExtraRateTolerancePercent is < 0 or > MaxExtraTolerancePercent)
        {
            InputValidation.Add(errors, nameof(relaxation.ExtraRateTolerancePercent), Messages.Format(Messages.Matching_ExtraRateToleranceBetween, MaxExtraTolerancePercent));
        }

        if ((relaxation.Ignored & (MatchConstraint.Visibility | MatchConstraint.Relevance)) != 0)
        {
            InputValidation.Add(errors, nameof(relaxation.Ignored), Messages.Matching_OnlyPublishedFreshProfiles);
        }
        else if ((relaxation.Ignored & ~Relaxable) != 0)
        {
            InputValidation.Add(errors, nameof(relaxation.Ignored), Messages.Matching_UnknownConstraint);
        }

        return errors;
    }
}
