using System.ComponentModel.DataAnnotations;
using TescForce.Domain.Consultants;

namespace TescForce.Application.Consultants;

/// <summary>A consultant profile as typed in the form, read from a CSV row or sent to the API.</summary>
public sealed class ConsultantInput
{
    [Required(ErrorMessageResourceType = typeof(Messages), ErrorMessageResourceName = nameof(Messages.Consultants_FullNameRequired))]
    [StringLength(200, ErrorMessageResourceType = typeof(Messages), ErrorMessageResourceName = nameof(Messages.Consultants_FullNameMost200))]
    public string FullName { get; set; } = "";

    [Required(ErrorMessageResourceType = typeof(Messages), ErrorMessageResourceName = nameof(Messages.Consultants_EMailAddressRequired))]
    [EmailAddress(ErrorMessageResourceType = typeof(Messages), ErrorMessageResourceName = nameof(Messages.Shared_EMailAddressNot))]
    [StringLength(256, ErrorMessageResourceType = typeof(Messages), ErrorMessageResourceName = nameof(Messages.Shared_EMailAddressMost))]
    public string Email { get; set; } = "";

    [StringLength(100, ErrorMessageResourceType = typeof(Messages), ErrorMessageResourceName = nameof(Messages.Consultants_ExternalReferenceMost100))]
    public string? ExternalReference { get; set; }

    [Required(ErrorMessageResourceType = typeof(Messages), ErrorMessageResourceName = nameof(Messages.Consultants_HeadlineRequired))]
    [StringLength(200, MinimumLength = 5, ErrorMessageResourceType = typeof(Messages), ErrorMessageResourceName = nameof(Messages.Consultants_Headline200Characters))]
    public string Headline { get; set; } = "";

    [StringLength(4000, ErrorMessageResourceType = typeof(Messages), ErrorMessageResourceName = nameof(Messages.Consultants_SummaryMost000Characters))]
    public string Summary { get; set; } = "";

    [Range(0, 50, ErrorMessageResourceType = typeof(Messages), ErrorMessageResourceName = nameof(Messages.Consultants_SeniorityBetween50Years))]
    public int SeniorityYears { get; set; }

    [Required(ErrorMessageResourceType = typeof(Messages), ErrorMessageResourceName = nameof(Messages.Shared_CityRequired))]
    [StringLength(100, ErrorMessageResourceType = typeof(Messages), ErrorMessageResourceName = nameof(Messages.Shared_CityMost100Characters))]
    public string City { get; set; } = "";

    [Required(ErrorMessageResourceType = typeof(Messages), ErrorMessageResourceName = nameof(Messages.Shared_CountryRequired))]
    [RegularExpression("^[A-Z]{2}$", ErrorMessageResourceType = typeof(Messages), ErrorMessageResourceName = nameof(Messages.Consultants_CountryTwoLetterISO))]
    public string CountryCode { get; set; } = "FR";

    public RemotePreference RemotePreference { get; set; } = RemotePreference.FullyRemote;

    [Range(100, 5000, ErrorMessageResourceType = typeof(Messages), ErrorMessageResourceName = nameof(Messages.Consultants_DailyRateBetween100))]
    public int DailyRateEur { get; set; } = 600;

    [Required(ErrorMessageResourceType = typeof(Messages), ErrorMessageResourceName = nameof(Messages.Shared_TimeZoneRequired))]
    public string TimeZone { get; set; } = "Europe/Paris";

    public TimeOnly WorkdayStart { get; set; } = new(9, 0);

    public TimeOnly WorkdayEnd { get; set; } = new(18, 0);

    public DateOnly AvailableFrom { get; set; } = DateOnly.FromDateTime(DateTime.UtcNow);

    public DateOnly? AvailableUntil { get; set; }

    [Range(10, 100, ErrorMessageResourceType = typeof(Messages), ErrorMessageResourceName = nameof(Messages.Consultants_CapacityBetween10100))]
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
