using System.ComponentModel.DataAnnotations;
using TescForce.Domain.Consultants;
using TescForce.Domain.Missions;

namespace TescForce.Application.Missions;

/// <summary>A mission as the form (or the API) sends it.</summary>
public sealed class MissionInput
{
    [Required(ErrorMessage = "Give the mission a title.")]
    [StringLength(200, MinimumLength = 5, ErrorMessage = "The title has 5 to 200 characters.")]
    public string Title { get; set; } = "";

    [StringLength(20000, ErrorMessage = "The description has at most 20,000 characters.")]
    public string Description { get; set; } = "";

    public List<MissionSkillInput> Skills { get; set; } = [];

    public List<MissionLanguageInput> Languages { get; set; } = [];

    public DateOnly StartDate { get; set; }

    [Range(1, Mission.MaxWeeks, ErrorMessage = "A mission lasts 1 to 104 weeks.")]
    public int DurationWeeks { get; set; } = 12;

    [Range(10, 100, ErrorMessage = "The workload is between 10 and 100 %.")]
    public int WorkloadPercent { get; set; } = 100;

    public int? MaxDailyRateEur { get; set; }

    [Required(ErrorMessage = "Choose the time zone of your working hours.")]
    [StringLength(64, ErrorMessage = "Choose a time zone from the list.")]
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
