using System.ComponentModel.DataAnnotations;
using TescForce.Domain.Consultants;

namespace TescForce.Application.Consultants;

/// <summary>A consultant profile as typed in the form, read from a CSV row or sent to the API.</summary>
public sealed class ConsultantInput
{
    [Required(ErrorMessage = "The full name is required.")]
    [StringLength(200, ErrorMessage = "The full name has at most 200 characters.")]
    public string FullName { get; set; } = "";

    [Required(ErrorMessage = "The e-mail address is required.")]
    [EmailAddress(ErrorMessage = "This e-mail address is not valid.")]
    [StringLength(256, ErrorMessage = "The e-mail address has at most 256 characters.")]
    public string Email { get; set; } = "";

    [StringLength(100, ErrorMessage = "The external reference has at most 100 characters.")]
    public string? ExternalReference { get; set; }

    [Required(ErrorMessage = "The headline is required.")]
    [StringLength(200, MinimumLength = 5, ErrorMessage = "The headline has 5 to 200 characters.")]
    public string Headline { get; set; } = "";

    [StringLength(4000, ErrorMessage = "The summary has at most 4,000 characters.")]
    public string Summary { get; set; } = "";

    [Range(0, 50, ErrorMessage = "Seniority is between 0 and 50 years.")]
    public int SeniorityYears { get; set; }

    [Required(ErrorMessage = "The city is required.")]
    [StringLength(100, ErrorMessage = "The city has at most 100 characters.")]
    public string City { get; set; } = "";

    [Required(ErrorMessage = "The country is required.")]
    [RegularExpression("^[A-Z]{2}$", ErrorMessage = "The country is a two-letter ISO code, such as FR.")]
    public string CountryCode { get; set; } = "FR";

    public RemotePreference RemotePreference { get; set; } = RemotePreference.FullyRemote;

    [Range(100, 5000, ErrorMessage = "The daily rate is between 100 and 5,000 EUR.")]
    public int DailyRateEur { get; set; } = 600;

    [Required(ErrorMessage = "The time zone is required.")]
    public string TimeZone { get; set; } = "Europe/Paris";

    public TimeOnly WorkdayStart { get; set; } = new(9, 0);

    public TimeOnly WorkdayEnd { get; set; } = new(18, 0);

    public DateOnly AvailableFrom { get; set; } = DateOnly.FromDateTime(DateTime.UtcNow);

    public DateOnly? AvailableUntil { get; set; }

    [Range(10, 100, ErrorMessage = "Capacity is between 10 and 100 % of full time.")]
    public int CapacityPercent { get; set; } = 100;

    public List<string> Sectors { get; set; } = [];

    public List<string> Certifications { get; set; } = [];

    public List<SkillInput> Skills { get; set; } = [];

    public List<LanguageInput> Languages { get; set; } = [];

    /// <summary>The version that was read (0 for a new profile).</summary>
    public int Version { get; set; }
}

public sealed class SkillInput
{
    public int SkillTagId { get; set; }

    public int Level { get; set; } = 3;

    public int Years { get; set; } = 1;
}

public sealed class LanguageInput
{
    public string Code { get; set; } = "";

    public CefrLevel Level { get; set; } = CefrLevel.B2;
}
