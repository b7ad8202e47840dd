using TescForce.Domain.Common;
using TescForce.Domain.Consultants;

namespace TescForce.UnitTests.Domain;

public sealed class ConsultantWorkflowTests
{
    private static readonly DateTime Now = new(2026, 11, 26, 10, 0, 0, DateTimeKind.Utc);

    private static Consultant Draft() => new()
    {
        Reference = "TF-ABC123", FullName = "Louise Garnier", Email = "louise@example.com", Headline = "Engineer", City = "Toulouse",
        Skills = [new ConsultantSkill { SkillTagId = 1, Level = 4, Years = 3 }],
    };

    [Fact]
    public void Submit_WithoutConsent_IsRefused()
    {
        Should.Throw<DomainException>(() => Draft().Submit()).Code.ShouldBe("consultant.consent-required");
    }

    [Fact]
    public void Submit_WithoutSkills_IsRefused()
    {
        var consultant = Draft();
        consultant.Skills.Clear();
        consultant.RecordConsent(Now, "Signed form");

        Should.Throw<DomainException>(consultant.Submit).Code.ShouldBe("consultant.skills-required");
    }

    [Fact]
    public void FullWorkflow_DraftSubmittedPublishedArchived()
    {
        var consultant = Draft();
        consultant.RecordConsent(Now, "Signed form");

        consultant.Submit();
        consultant.Publish(companyApproved: true, Now);
        consultant.Archive();

        consultant.Status.ShouldBe(ConsultantStatus.Archived);
        consultant.PublishedAt.ShouldBe(Now);
    }

    [Fact]
    public void Publish_WhenTheCompanyIsNotApproved_IsRefused()
    {
        var consultant = Draft();
        consultant.RecordConsent(Now, "Signed form");
        consultant.Submit();

        Should.Throw<DomainException>(() => consultant.Publish(companyApproved: false, Now)).Code.ShouldBe("consultant.company-pending");
        consultant.Status.ShouldBe(ConsultantStatus.Submitted);
    }

    [Fact]
    public void Reject_NeedsAReason_AndARejectedProfileCanBeSubmittedAgain()
    {
        var consultant = Draft();
        consultant.RecordConsent(Now, "Signed form");
        consultant.Submit();

        Should.Throw<DomainException>(() => consultant.Reject(" "));
        consultant.Reject("Too vague");
        consultant.Submit();

        consultant.Status.ShouldBe(ConsultantStatus.Submitted);
        consultant.RejectionReason.ShouldBeNull();
    }

    [Theory]
    [InlineData(0, FreshnessState.Fresh)]
    [InlineData(22, FreshnessState.Fresh)]
    [InlineData(23, FreshnessState.StaleSoon)]
    [InlineData(29, FreshnessState.StaleSoon)]
    [InlineData(30, FreshnessState.Stale)]
    [InlineData(400, FreshnessState.Stale)]
    public void Freshness_FollowsTheDaysSinceTheLastConfirmation(int days, FreshnessState expected)
    {
        AvailabilityFreshness.StateOf(Now.AddDays(-days), Now).ShouldBe(expected);
    }

    [Fact]
    public void ConfirmAvailability_MakesAStaleProfileFreshAgain()
    {
        var consultant = Draft();
        consultant.AvailabilityConfirmedAt = Now.AddDays(-45);

        consultant.ConfirmAvailability(Now);

        consultant.Freshness(Now).ShouldBe(FreshnessState.Fresh);
    }

    [Fact]
    public void References_AreWellFormed_AndDiffer()
    {
        var references = Enumerable.Range(0, 1000).Select(_ => ConsultantReference.New()).ToList();

        references.ShouldAllBe(r => ConsultantReference.IsWellFormed(r));
        references.Distinct().Count().ShouldBeGreaterThan(995);
        ConsultantReference.IsWellFormed("TF-ABCDEI").ShouldBeFalse();
    }
}
