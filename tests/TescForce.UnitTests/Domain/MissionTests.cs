using TescForce.Domain.Common;
using TescForce.Domain.Missions;
using MatchImportance = TescForce.Matching.Queries.SkillImportance;
using MatchSeniority = TescForce.Matching.Queries.SeniorityBand;

namespace TescForce.UnitTests.Domain;

public sealed class MissionTests
{
    private static readonly DateTime Now = new(2027, 1, 10, 9, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void Submit_WithContactDetails_FlagsTheMissionForTheCurator()
    {
        var mission = Draft();

        mission.Submit(clientVerified: true, ["e-mail jean@acme.example"], Now);

        mission.Status.ShouldBe(MissionStatus.Submitted);
        mission.Flagged.ShouldBeTrue();
        mission.FlagDetails.ShouldBe("e-mail jean@acme.example");
    }

    [Fact]
    public void Submit_ByAPendingClient_IsRefused()
    {
        var mission = Draft();

        Should.Throw<DomainException>(() => mission.Submit(clientVerified: false, [], Now)).Code.ShouldBe("mission.client-pending");
        mission.Status.ShouldBe(MissionStatus.Draft);
    }

    [Fact]
    public void Submit_WithoutSkills_IsRefused()
    {
        var mission = Draft();
        mission.Skills.Clear();

        Should.Throw<DomainException>(() => mission.Submit(true, [], Now)).Code.ShouldBe("mission.skills-required");
    }

    [Fact]
    public void Approve_OpensASubmittedMission_AndOnlyASubmittedOne()
    {
        var mission = Draft();
        Should.Throw<DomainException>(() => mission.Approve("curator", Now));
        mission.Submit(true, [], Now);

        mission.Approve("curator", Now);

        mission.Status.ShouldBe(MissionStatus.Open);
        mission.OpenedAt.ShouldBe(Now);
        mission.Flagged.ShouldBeFalse();
    }

    [Fact]
    public void Reject_NeedsAReason_AndMakesTheMissionEditableAgain()
    {
        var mission = Draft();
        mission.Submit(true, [], Now);
        Should.Throw<DomainException>(() => mission.Reject("curator", " "));

        mission.Reject("curator", "Give the rate in euros.");

        mission.Status.ShouldBe(MissionStatus.Rejected);
        mission.IsEditable.ShouldBeTrue();
        mission.RejectionReason.ShouldBe("Give the rate in euros.");
    }

    [Fact]
    public void MarkStaffed_OnlyFromOpen_AndCloseOnlyOnce()
    {
        var mission = Draft();
        Should.Throw<DomainException>(() => mission.MarkStaffed(Now));
        mission.Submit(true, [], Now);
        mission.Approve("curator", Now);

        mission.MarkStaffed(Now);

        mission.Status.ShouldBe(MissionStatus.Staffed);
        Should.Throw<DomainException>(() => mission.Close(Now));
    }

    [Fact]
    public void EndDate_IsTheLastDayOfTheLastWeek()
    {
        var mission = Draft();
        mission.StartDate = new DateOnly(2027, 2, 1);
        mission.DurationWeeks = 2;

        mission.EndDate.ShouldBe(new DateOnly(2027, 2, 14));
    }

    [Fact]
    public void TheDomainsImportanceAndSeniority_MapOneToOneOntoTheMatchers()
    {
        // MissionMapper casts between them: same names, same values.
        Enum.GetValues<SkillImportance>().Select(v => (v.ToString(), (int)v))
            .ShouldBe(Enum.GetValues<MatchImportance>().Select(v => (v.ToString(), (int)v)));
        Enum.GetValues<SeniorityLevel>().Select(v => (v.ToString(), (int)v))
            .ShouldBe(Enum.GetValues<MatchSeniority>().Select(v => (v.ToString(), (int)v)));
    }

    private static Mission Draft() => new()
    {
        Title = "Embedded Linux engineer",
        CreatedByUserId = "client",
        Skills = [new MissionSkill { SkillTagId = 1, Importance = SkillImportance.MustHave, MinLevel = 3 }],
        StartDate = new DateOnly(2027, 2, 1),
    };
}
