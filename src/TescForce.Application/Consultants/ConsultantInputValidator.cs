using System.Globalization;
using TescForce.Application.Common;
using TescForce.Domain.Consultants;

namespace TescForce.Application.Consultants;

/// <summary>
/// Every rule a profile must satisfy, for the form, the CSV import and the API alike. Field names are
/// the <see cref="ConsultantInput"/> property names.
/// </summary>
public static class ConsultantInputValidator
{
    public const int MaxSkills = 40;
    public const int MaxLanguages = 10;
    public const int MaxCertifications = 20;

    /// <param name="activeSkillIds">The skills that exist and are active (not deprecated or merged).</param>
    public static Dictionary<string, List<string>> Validate(ConsultantInput input, IReadOnlySet<int> activeSkillIds)
    {
        var errors = InputValidation.Collect(input);

        if (!IsIanaTimeZone(input.TimeZone))
        {
            InputValidation.Add(errors, nameof(input.TimeZone), Messages.Format(Messages.Shared_UnknownTimeZone, input.TimeZone));
        }

        if (input.WorkdayEnd <= input.WorkdayStart)
        {
            InputValidation.Add(errors, nameof(input.WorkdayEnd), Messages.Consultants_WorkingDayEndAfter);
        }

        if (input.AvailableUntil is { } until && until < input.AvailableFrom)
        {
            InputValidation.Add(errors, nameof(input.AvailableUntil), Messages.Consultants_EndAvailabilityComesBefore);
        }

        foreach (var sector in input.Sectors.Where(s => !Domain.Consultants.Sectors.IsKnown(s)))
        {
            InputValidation.Add(errors, nameof(input.Sectors), Messages.Format(Messages.Shared_UnknownSector, sector));
        }

        if (input.Certifications.Count > MaxCertifications || input.Certifications.Any(c => string.IsNullOrWhiteSpace(c) || c.Length > 200))
        {
            InputValidation.Add(errors, nameof(input.Certifications), Messages.Format(Messages.Consultants_MostCertificationsUp200, MaxCertifications));
        }

        ValidateSkills(input, activeSkillIds, errors);
        ValidateLanguages(input, errors);
        return errors;
    }

    public const int MaxConsentMethodLength = 200;

    /// <summary>The rules of a recorded consent, for the form and the import alike. Fields: ConsentRecordedAt, ConsentMethod.</summary>
    public static Dictionary<string, List<string>> ValidateConsent(DateOnly obtainedOn, string? method, DateOnly today)
    {
        var errors = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        if (obtainedOn > today)
        {
            InputValidation.Add(errors, "ConsentRecordedAt", Messages.Consultants_ConsentCannotDatedFuture);
        }

        if (string.IsNullOrWhiteSpace(method))
        {
            InputValidation.Add(errors, "ConsentMethod", Messages.Consultants_SayHowConsultantConsent);
        }
        else if (method.Trim().Length > MaxConsentMethodLength)
        {
            InputValidation.Add(errors, "ConsentMethod", Messages.Format(Messages.Consultants_HowConsentObtainedSaid, MaxConsentMethodLength));
        }

        return errors;
    }

    private static void ValidateSkills(ConsultantInput input, IReadOnlySet<int> activeSkillIds, Dictionary<string, List<string>> errors)
    {
        if (input.Skills.Count > MaxSkills)
        {
            InputValidation.Add(errors, nameof(input.Skills), Messages.Format(Messages.Consultants_MostSkills, MaxSkills));
        }

        if (input.Skills.GroupBy(s => s.SkillTagId).Any(g => g.Count() > 1))
        {
            InputValidation.Add(errors, nameof(input.Skills), Messages.Consultants_SkillAppearsTwice);
        }

        foreach (var skill in input.Skills)
        {
            if (!activeSkillIds.Contains(skill.SkillTagId))
            {
                InputValidation.Add(errors, nameof(input.Skills), Messages.Format(Messages.Consultants_SkillDoesNotExist, skill.SkillTagId));
            }

            if (skill.Level is < ConsultantSkill.MinLevel or > ConsultantSkill.MaxLevel)
            {
                InputValidation.Add(errors, nameof(input.Skills), Messages.Consultants_SkillLevelBetweenNotions);
            }

            if (skill.Years is < 0 or > ConsultantSkill.MaxYears)
            {
                InputValidation.Add(errors, nameof(input.Skills), Messages.Consultants_YearsPracticeBetween50);
            }
        }
    }

    private static void ValidateLanguages(ConsultantInput input, Dictionary<string, List<string>> errors)
    {
        if (input.Languages.Count > MaxLanguages)
        {
            InputValidation.Add(errors, nameof(input.Languages), Messages.Format(Messages.Shared_MostLanguages, MaxLanguages));
        }

        if (input.Languages.GroupBy(l => l.Code, StringComparer.OrdinalIgnoreCase).Any(g => g.Count() > 1))
        {
            InputValidation.Add(errors, nameof(input.Languages), Messages.Consultants_LanguageAppearsTwice);
        }

        foreach (var language in input.Languages)
        {
            if (!IsIso6391(language.Code))
            {
                InputValidation.Add(errors, nameof(input.Languages), Messages.Format(Messages.Consultants_UnknownLanguageCode, language.Code));
            }

            if (!Enum.IsDefined(language.Level))
            {
                InputValidation.Add(errors, nameof(input.Languages), Messages.Consultants_LanguageLevelA1A2);
            }
        }
    }

    public static bool IsIanaTimeZone(string? id) =>
        !string.IsNullOrWhiteSpace(id) && id.Contains('/', StringComparison.Ordinal)
        && TimeZoneInfo.TryFindSystemTimeZoneById(id, out _);

    public static bool IsIso6391(string? code)
    {
        if (code is not { Length: 2 } || !code.All(char.IsAsciiLetterLower))
        {
            return false;
        }

        try
        {
            return CultureInfo.GetCultureInfo(code, predefinedOnly: true).TwoLetterISOLanguageName == code;
        }
        catch (CultureNotFoundException)
        {
            return false;
        }
    }
}
