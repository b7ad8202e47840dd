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
            InputValidation.Add(errors, nameof(input.TimeZone), $"\"{input.TimeZone}\" is not a known IANA time zone, such as Europe/Paris.");
        }

        if (input.WorkdayEnd <= input.WorkdayStart)
        {
            InputValidation.Add(errors, nameof(input.WorkdayEnd), "The working day must end after it starts.");
        }

        if (input.AvailableUntil is { } until && until < input.AvailableFrom)
        {
            InputValidation.Add(errors, nameof(input.AvailableUntil), "The end of availability comes before its start.");
        }

        foreach (var sector in input.Sectors.Where(s => !Domain.Consultants.Sectors.IsKnown(s)))
        {
            InputValidation.Add(errors, nameof(input.Sectors), $"\"{sector}\" is not a known sector.");
        }

        if (input.Certifications.Count > MaxCertifications || input.Certifications.Any(c => string.IsNullOrWhiteSpace(c) || c.Length > 200))
        {
            InputValidation.Add(errors, nameof(input.Certifications), $"At most {MaxCertifications} certifications of up to 200 characters each.");
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
            InputValidation.Add(errors, "ConsentRecordedAt", "The consent cannot be dated in the future.");
        }

        if (string.IsNullOrWhiteSpace(method))
        {
            InputValidation.Add(errors, "ConsentMethod", "Say how the consultant's consent was obtained.");
        }
        else if (method.Trim().Length > MaxConsentMethodLength)
        {
            InputValidation.Add(errors, "ConsentMethod", $"How the consent was obtained is said in at most {MaxConsentMethodLength} characters.");
        }

        return errors;
    }

    private static void ValidateSkills(ConsultantInput input, IReadOnlySet<int> activeSkillIds, Dictionary<string, List<string>> errors)
    {
        if (input.Skills.Count > MaxSkills)
        {
            InputValidation.Add(errors, nameof(input.Skills), $"At most {MaxSkills} skills.");
        }

        if (input.Skills.GroupBy(s => s.SkillTagId).Any(g => g.Count() > 1))
        {
            InputValidation.Add(errors, nameof(input.Skills), "A skill appears twice.");
        }

        foreach (var skill in input.Skills)
        {
            if (!activeSkillIds.Contains(skill.SkillTagId))
            {
                InputValidation.Add(errors, nameof(input.Skills), $"Skill {skill.SkillTagId} does not exist or is no longer in use.");
            }

            if (skill.Level is < ConsultantSkill.MinLevel or > ConsultantSkill.MaxLevel)
            {
                InputValidation.Add(errors, nameof(input.Skills), "A skill level is between 1 (notions) and 5 (expert).");
            }

            if (skill.Years is < 0 or > ConsultantSkill.MaxYears)
            {
                InputValidation.Add(errors, nameof(input.Skills), "Years of practice are between 0 and 50.");
            }
        }
    }

    private static void ValidateLanguages(ConsultantInput input, Dictionary<string, List<string>> errors)
    {
        if (input.Languages.Count > MaxLanguages)
        {
            InputValidation.Add(errors, nameof(input.Languages), $"At most {MaxLanguages} languages.");
        }

        if (input.Languages.GroupBy(l => l.Code, StringComparer.OrdinalIgnoreCase).Any(g => g.Count() > 1))
        {
            InputValidation.Add(errors, nameof(input.Languages), "A language appears twice.");
        }

        foreach (var language in input.Languages)
        {
            if (!IsIso6391(language.Code))
            {
                InputValidation.Add(errors, nameof(input.Languages), $"\"{language.Code}\" is not an ISO 639-1 language code, such as en or fr.");
            }

            if (!Enum.IsDefined(language.Level))
            {
                InputValidation.Add(errors, nameof(input.Languages), "A language level is one of A1, A2, B1, B2, C1, C2.");
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
