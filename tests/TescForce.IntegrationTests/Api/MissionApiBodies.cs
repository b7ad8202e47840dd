using TescForce.IntegrationTests.Infrastructure;

namespace TescForce.IntegrationTests.Api;

/// <summary>Mission bodies as a client's script would send them, in JSON's own words (camelCase, enums as strings).</summary>
public static class MissionApiBodies
{
    public static async Task<int> KubernetesAsync(TestDatabase database) => (await TestData.SkillIdsAsync(database, "tescforce:kubernetes"))[0];

    /// <summary>A valid mission needing Kubernetes and English, starting in ten days.</summary>
    public static object Valid(int skillId, string title = "Kubernetes platform engineer") => new
    {
        title,
        description = "Migrate our payment services to Kubernetes.",
        skills = new[] { new { skillId, importance = "MustHave", minLevel = 3 } },
        languages = new[] { new { code = "en", minLevel = "B2" } },
        startDate = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(10),
        durationWeeks = 16,
        workloadPercent = 80,
        timeZone = "Europe/Berlin",
        clientHoursStart = "09:00:00",
        clientHoursEnd = "17:00:00",
        overlapHours = 2,
        seniority = "Senior",
    };

    /// <summary>Wrong on several fields at once: title too short, no skill, a start in the past, an unknown time zone, a workload out of range.</summary>
    public static object Invalid { get; } = new
    {
        title = "K8s",
        skills = Array.Empty<object>(),
        startDate = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-3),
        timeZone = "Mars/Olympus",
        workloadPercent = 5,
    };
}
