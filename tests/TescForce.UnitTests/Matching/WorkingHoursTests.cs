using TescForce.Matching.Queries;
using TescForce.Matching.Results;
using TescForce.Matching.Scoring;
using static TescForce.UnitTests.Matching.MatchingFixture;

namespace TescForce.UnitTests.Matching;

/// <summary>Overlap of working hours across time zones, with the daylight-saving rules of the mission's start.</summary>
public sealed class WorkingHoursTests
{
    private static readonly TimeOnly Nine = new(9, 0);
    private static readonly TimeOnly Five = new(17, 0);
    private static readonly TimeOnly Six = new(18, 0);

    [Fact]
    public void OverlapHours_InTheSameZone_IsTheSharedStretch() =>
        WorkingHours.OverlapHours("Europe/Paris", Nine, Six, "Europe/Paris", Nine, Five, new DateOnly(2027, 1, 15)).ShouldBe(8);

    [Theory]
    [InlineData("2027-03-01", 3)] // both on standard time: 8:00–17:00 UTC against 14:00–22:00 UTC
    [InlineData("2027-03-20", 4)] // New York already on summer time, Paris not yet: 13:00–21:00 UTC
    [InlineData("2027-04-05", 3)] // both on summer time: 7:00–16:00 UTC against 13:00–21:00 UTC
    public void OverlapHours_ParisAndNewYork_FollowsBothDaylightSavingCalendars(string day, double expected) =>
        WorkingHours.OverlapHours("Europe/Paris", Nine, Six, "America/New_York", Nine, Five, DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture))
            .ShouldBe(expected, 1e-9);

    [Fact]
    public void OverlapHours_WithTheClientsNextDay_CountsForAConsultantFarWest()
    {
        // Los Angeles 9:00–17:00 is 17:00–01:00 UTC; Tokyo 9:00–18:00 of the next day starts at 0:00 UTC.
        WorkingHours.OverlapHours("America/Los_Angeles", Nine, Five, "Asia/Tokyo", Nine, Six, new DateOnly(2027, 1, 15)).ShouldBe(1, 1e-9);
    }

    [Fact]
    public void OverlapHours_WithTheClientsPreviousDay_CountsForAConsultantFarEast() =>
        WorkingHours.OverlapHours("Asia/Tokyo", Nine, Six, "America/Los_Angeles", Nine, Five, new DateOnly(2027, 1, 15)).ShouldBe(1, 1e-9);

    [Theory]
    [InlineData("2027-01-15", 6)] // Sydney on summer time (UTC+11): 22:00–6:00 UTC against 0:00–9:00 UTC
    [InlineData("2027-05-14", 7)] // Sydney on standard time (UTC+10): 23:00–7:00 UTC
    public void OverlapHours_SydneyAndTokyo_FollowsTheSouthernSummer(string day, double expected) =>
        WorkingHours.OverlapHours("Australia/Sydney", Nine, Five, "Asia/Tokyo", Nine, Six, DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture))
            .ShouldBe(expected, 1e-9);

    [Fact]
    public void OverlapHours_WithoutCommonHours_IsZero() =>
        WorkingHours.OverlapHours("Australia/Sydney", Nine, Five, "Europe/Paris", Nine, Six, new DateOnly(2027, 1, 15)).ShouldBe(0);

    [Fact]
    public void OverlapHours_OfAWorkdayPastMidnight_RunsIntoTheNextDay() =>
        WorkingHours.OverlapHours("Europe/Paris", new TimeOnly(22, 0), new TimeOnly(6, 0), "America/New_York", Nine, Five, new DateOnly(2027, 1, 15))
            .ShouldBe(1, 1e-9);

    [Fact]
    public void TheMissionsStartDay_DecidesTheOverlap_WhenNewYorkIsOnSummerTimeAndParisNot()
    {
        var index = Index(Consultant(1));

        var result = index.Rank(NewYorkMission(new DateOnly(2027, 3, 20)));

        result.Lists(1).ShouldBeTrue();
    }

    [Theory]
    [InlineData("2027-03-01")]
    [InlineData("2027-04-05")]
    public void TheMissionsStartDay_DecidesTheOverlap_WhenBothAreOnTheSameTime(string start)
    {
        var index = Index(Consultant(1));

        var result = index.Rank(NewYorkMission(DateOnly.Parse(start, System.Globalization.CultureInfo.InvariantCulture)));

        result.Lists(1).ShouldBeFalse();
    }

    [Fact]
    public void TheRelaxedOverlap_ReportsTheHoursShared()
    {
        var index = Index(Consultant(1));
        var query = NewYorkMission(new DateOnly(2027, 3, 1)) with { Relaxation = Ignoring(MatchConstraint.TimeZoneOverlap) };

        var failure = index.Rank(query).Of(1).Explanation.Relaxed.Single();

        failure.Reason.ShouldBe(FailureReason.OverlapTooShort);
        failure.Actual.ShouldBe(3);
        failure.Required.ShouldBe(4);
    }

    [Fact]
    public void ConsultantsInDifferentZones_AreJudgedEachOnTheirOwnHours()
    {
        var index = Index(
            Consultant(1),
            Consultant(2) with { TimeZone = "America/Chicago" },
            Consultant(3) with { TimeZone = "Asia/Tokyo" });

        var result = index.Rank(NewYorkMission(new DateOnly(2027, 3, 1)));

        result.Ids().ShouldBe([Id(2)]);
    }

    /// <summary>A client in New York, 9:00–17:00, who needs four hours in common.</summary>
    private static MatchQuery NewYorkMission(DateOnly start) =>
        Query() with { Start = start, ClientTimeZone = "America/New_York", OverlapHours = 4 };
}
