using TescForce.Application.Curation;
using TescForce.Application.Missions;
using TescForce.Domain.Missions;

namespace TescForce.UnitTests.Application;

public sealed class ReviewedVersionsTests
{
    private static readonly Dictionary<int, string> Labels = new() { [1] = "Kubernetes", [2] = "Python", [3] = "Docker" };

    private static MissionInput Mission() => new()
    {
        Title = "Platform engineer", MaxDailyRateEur = 700, StartDate = new DateOnly(2027, 1, 4), Version = 3,
        Skills = [new MissionSkillInput { SkillTagId = 1, Importance = SkillImportance.MustHave }, new MissionSkillInput { SkillTagId = 2 }],
    };

    [Fact]
    public void The_same_version_saved_again_with_its_lists_in_another_order_and_a_new_version_number_has_no_change()
    {
        var reviewed = ReviewedVersions.Of(Mission());
        var again = Mission();
        again.Skills.Reverse();
        again.Version = 4;

        ReviewedVersions.Compare(reviewed, ReviewedVersions.Of(again), Labels).ShouldBeEmpty();
    }

    [Fact]
    public void Each_changed_field_is_listed_with_its_reviewed_and_current_values_skills_by_label()
    {
        var reviewed = ReviewedVersions.Of(Mission());
        var current = Mission();
        current.Title = "Senior platform engineer";
        current.MaxDailyRateEur = null;
        current.Skills[1].SkillTagId = 3;

        var changes = ReviewedVersions.Compare(reviewed, ReviewedVersions.Of(current), Labels);

        changes.Select(c => c.Field).ShouldBe(["title", "skills", "maxDailyRateEur"], ignoreOrder: true);
        changes.Single(c => c.Field == "title").ShouldBe(new FieldChange("title", "Platform engineer", "Senior platform engineer"));
        changes.Single(c => c.Field == "maxDailyRateEur").ShouldBe(new FieldChange("maxDailyRateEur", "700", null));
        var skills = changes.Single(c => c.Field == "skills");
        skills.Before.ShouldNotBeNull().ShouldContain("Python");
        skills.After.ShouldNotBeNull().ShouldContain("Docker");
        skills.After.ShouldNotContain("Python");
    }

    [Fact]
    public void The_skill_ids_of_both_versions_are_offered_for_labelling()
    {
        var current = Mission();
        current.Skills.Add(new MissionSkillInput { SkillTagId = 3 });

        ReviewedVersions.SkillIds(ReviewedVersions.Of(Mission()), ReviewedVersions.Of(current)).ShouldBe([1, 2, 3], ignoreOrder: true);
    }
}
