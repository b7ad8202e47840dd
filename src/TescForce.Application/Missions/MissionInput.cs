using System.ComponentModel.DataAnnotations;
using TescForce.Domain.Consultants;
using TescForce.Domain.Missions;

namespace TescForce.Application.Missions;

/// <summary>A mission as the form (or the API) sends it.</summary>
public sealed class MissionInput
{
    [Required(ErrorMessageResourceType = typeof(Messages), ErrorMessageResourceName = nameof(Messages.Missions_GiveMissionTitle))]
    [StringLength(200, MinimumLength = 5, ErrorMessageResourceType = typeof(Messages), ErrorMessageResourceName = nameof(Messages.Missions_Title200Characters))]
    public string Title { get; set; } = "";

    [StringLength(20000, ErrorMessageResourceType = typeof(Messages), ErrorMessageResourceName = nameof(Messages.Missions_DescriptionMost20000))]
    public string Description { get; set; } = "";

    public List<MissionSkillInput> Skills { get; set; } = [];

    public List<MissionLanguageInput> Languages { get; set; } = [];

    public DateOnly StartDate { get; set; }

    [Range(1, Mission.MaxWeeks, ErrorMessageResourceType = typeof(Messages), ErrorMessageResourceName = nameof(Messages.Missions_MissionLasts104Weeks))]
    public int DurationWeeks { get; set; } = 12;

    [Range(10, 100, ErrorMessageResourceType = typeof(Messages), ErrorMessageResourceName = nameof(Messages.Shared_WorkloadBetween10100))]
    public int WorkloadPercent { get; set; } = 100;

    public int? MaxDailyRateEur { get; set; }

    [Required(ErrorMessageResourceType = typeof(Messages), ErrorMessageResourceName = nameof(Messages.Missions_ChooseTimeZoneWorking))]
    [StringLength(64, ErrorMessageResourceType = typeof(Messages), ErrorMessageResourceName = nameof(Messages.Shared_ChooseTimeZoneFrom))]
    public string TimeZone { get; set; } = "Europe/Paris";

    public TimeOnly ClientHoursStart { get; set; } = new(9, 0);

    public TimeOnly ClientHoursEnd { get; set; } = new(17, 0);

    public double OverlapHours { get; set; } = 2;

    public SeniorityLevel? Seniority { get; set; }

    public string? Sector { get; set; }

    /// <summary>The version read, for updates (optimistic concurrency).</summary>
    public int Version { get; set; }
}

public sealed class MissionSkillInput
{
    public int SkillTagId { get; set; }

    public SkillImportance Importance { get; set; } = SkillImportance.Important;

    public int MinLevel { get; set; } = 3;
}

public sealed class MissionLanguageInput
{
    public string Code { get; set; } = "en";

    public CefrLevel MinLevel { get; set; } = CefrLevel.B2;
}
