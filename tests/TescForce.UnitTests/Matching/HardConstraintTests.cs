using TescForce.Matching.Profiles;
using TescForce.Matching.Queries;
using TescForce.Matching.Results;
using static TescForce.UnitTests.Matching.MatchingFixture;

namespace TescForce.UnitTests.Matching;

/// <summary>Each hard constraint excludes, its relaxation readmits, and the explanation names what was relaxed.</summary>
public sealed class HardConstraintTests
{
    private static readonly Dictionary<string, ConstraintCase> Cases = new()
    {
        ["available after the grace period, extra grace days"] = new(
            Consultant(1) with { AvailableFrom = Start.AddDays(15) }, Query(),
            new MatchRelaxation(ExtraGraceDays: 1), MatchConstraint.Availability, FailureReason.AvailableTooLate),
        ["available after the grace period, availability ignored"] = new(
            Consultant(1) with { AvailableFrom = Start.AddDays(60) }, Query(),
            Ignoring(MatchConstraint.Availability), MatchConstraint.Availability, FailureReason.AvailableTooLate),
        ["available until before the mission ends"] = new(
            Consultant(1) with { AvailableUntil = Start.AddDays(30) }, Query() with { End = Start.AddDays(60) },
            Ignoring(MatchConstraint.Availability), MatchConstraint.Availability, FailureReason.UnavailableBeforeEnd),
        ["capacity below the workload"] = new(
            Consultant(1) with { CapacityPercent = 60 }, Query(),
            Ignoring(MatchConstraint.Capacity), MatchConstraint.Capacity, FailureReason.CapacityTooLow),
        ["language missing"] = new(
            Consultant(1), Query() with { Languages = [new RequiredLanguage("de", 3)] },
            Ignoring(MatchConstraint.Languages), MatchConstraint.Languages, FailureReason.LanguageMissing),
        ["language level too low"] = new(
            Consultant(1), Query() with { Languages = [new RequiredLanguage("en", 6)] },
            Ignoring(MatchConstraint.Languages), MatchConstraint.Languages, FailureReason.LanguageLevelTooLow),
        ["rate above the maximum, extra tolerance"] = new(
            Consultant(1) with { DailyRateEur = 540 }, Query() with { MaxDailyRateEur = 500 },
            new MatchRelaxation(ExtraRateTolerancePercent: 8), MatchConstraint.Rate, FailureReason.RateTooHigh),
        ["rate above the maximum, rate ignored"] = new(
            Consultant(1) with { DailyRateEur = 900 }, Query() with { MaxDailyRateEur = 500 },
            Ignoring(MatchConstraint.Rate), MatchConstraint.Rate, FailureReason.RateTooHigh),
        ["working hours overlap too short"] = new(
            Consultant(1),
            Query() with { ClientTimeZone = "America/New_York", OverlapHours = 4, Start = new DateOnly(2027, 3, 1) },
            Ignoring(MatchConstraint.TimeZoneOverlap), MatchConstraint.TimeZoneOverlap, FailureReason.OverlapTooShort),
        ["must-have met only by a sibling"] = new(
            Consultant(1).Having(Catalogue.Kotlin), Query(MustHave(Catalogue.Java)),
            Ignoring(MatchConstraint.MustHaveSkills), MatchConstraint.MustHaveSkills, FailureReason.MustHaveSkillMissing),
        ["must-have met only by a related skill"] = new(
            Consultant(1).Having(Catalogue.Android), Query(MustHave(Catalogue.Kotlin)),
            Ignoring(MatchConstraint.MustHaveSkills), MatchConstraint.MustHaveSkills, FailureReason.MustHaveSkillMissing),
    };

    public static TheoryData<string> CaseNames => [.. Cases.Keys];

    [Theory]
    [MemberData(nameof(CaseNames))]
    public void TheMissionsRules_ExcludeTheConsultant(string name)
    {
        var c = Cases[name];
        var index = Index(c.Profile);

        var result = index.Rank(c.Query);

        result.Lists(1).ShouldBeFalse();
        result.Total.ShouldBe(0);
    }

    [Theory]
    [MemberData(nameof(CaseNames))]
    public void TheRelaxation_ReadmitsTheConsultant(string name)
    {
        var c = Cases[name];
        var index = Index(c.Profile);

        var result = index.Rank(c.Query with { Relaxation = c.Relaxation });

        result.Lists(1).ShouldBeTrue();
    }

    [Theory]
    [MemberData(nameof(CaseNames))]
    public void TheExplanation_NamesTheRelaxedConstraint(string name)
    {
        var c = Cases[name];
        var index = Index(c.Profile);

        var relaxed = index.Rank(c.Query with { Relaxation = c.Relaxation }).Of(1).Explanation.Relaxed;

        relaxed.Select(f => (f.Constraint, f.Reason)).ShouldBe([(c.Constraint, c.Reason)]);
    }

    [Fact]
    public void AConsultantPassingEveryRule_NeedsNoRelaxation_EvenWhenTheViewRelaxes()
    {
        var index = Index(Consultant(1));

        var ranked = index.Rank(Query() with { Relaxation = new MatchRelaxation(5, 5, MatchConstraint.Capacity) }).Of(1);

        ranked.Explanation.Relaxed.ShouldBeEmpty();
    }

    [Fact]
    public void AvailableOnTheLastDayOfTheGracePeriod_IsListed()
    {
        var index = Index(Consultant(1) with { AvailableFrom = Start.AddDays(MatchQuery.DefaultGraceDays) });

        index.Rank(Query()).Lists(1).ShouldBeTrue();
    }

    [Fact]
    public void TheMissionsOwnLongerGracePeriod_AdmitsWithoutRelaxation()
    {
        var index = Index(Consultant(1) with { AvailableFrom = Start.AddDays(20) });

        var ranked = index.Rank(Query() with { AvailabilityGraceDays = 20 }).Of(1);

        ranked.Explanation.Relaxed.ShouldBeEmpty();
    }

    [Fact]
    public void ExtraGraceDays_TooFewForTheConsultant_StillExclude()
    {
        var index = Index(Consultant(1) with { AvailableFrom = Start.AddDays(20) });

        var result = index.Rank(Query() with { Relaxation = new MatchRelaxation(ExtraGraceDays: 5) });

        result.Lists(1).ShouldBeFalse();
    }

    [Fact]
    public void TheRelaxedAvailability_ReportsTheDayAndTheLimit()
    {
        var index = Index(Consultant(1) with { AvailableFrom = Start.AddDays(15) });

        var failure = index.Rank(Query() with { Relaxation = new MatchRelaxation(ExtraGraceDays: 1) }).Of(1).Explanation.Relaxed.Single();

        failure.Actual.ShouldBe(Start.AddDays(15).DayNumber);
        failure.Required.ShouldBe(Start.AddDays(14).DayNumber);
    }

    [Fact]
    public void AvailableUntilTheMissionsLastDay_IsListed()
    {
        var index = Index(Consultant(1) with { AvailableUntil = Start.AddDays(60) });

        index.Rank(Query() with { End = Start.AddDays(60) }).Lists(1).ShouldBeTrue();
    }

    [Fact]
    public void WithNoMissionEnd_AnEndOfAvailabilityAfterTheStart_IsListed()
    {
        var index = Index(Consultant(1) with { AvailableUntil = Start.AddDays(10) });

        index.Rank(Query() with { End = null }).Lists(1).ShouldBeTrue();
    }

    [Fact]
    public void WithNoMissionEnd_AnEndOfAvailabilityBeforeTheStart_Excludes()
    {
        var index = Index(Consultant(1) with { AvailableFrom = Start.AddDays(-30), AvailableUntil = Start.AddDays(-1) });

        var answer = index.WhyNot(Query() with { End = null }, Id(1));

        answer.Failures.ShouldHaveSingleItem().Reason.ShouldBe(FailureReason.UnavailableBeforeEnd);
    }

    [Fact]
    public void CapacityAtTheWorkload_IsListed()
    {
        var index = Index(Consultant(1) with { CapacityPercent = 60 });

        index.Rank(Query() with { WorkloadPercent = 60 }).Lists(1).ShouldBeTrue();
    }

    [Fact]
    public void TheRelaxedCapacity_ReportsTheCapacityAndTheWorkload()
    {
        var index = Index(Consultant(1) with { CapacityPercent = 60 });

        var failure = index.Rank(Query() with { Relaxation = Ignoring(MatchConstraint.Capacity) }).Of(1).Explanation.Relaxed.Single();

        failure.Actual.ShouldBe(60);
        failure.Required.ShouldBe(100);
    }

    [Fact]
    public void ALanguageAtTheRequiredLevel_IsListed()
    {
        var index = Index(Consultant(1));

        index.Rank(Query() with { Languages = [new RequiredLanguage("en", 5), new RequiredLanguage("fr", 6)] }).Lists(1).ShouldBeTrue();
    }

    [Fact]
    public void TheRelaxedLanguage_NamesTheLanguageAndTheLevels()
    {
        var index = Index(Consultant(1));
        var query = Query() with { Languages = [new RequiredLanguage("en", 6)], Relaxation = Ignoring(MatchConstraint.Languages) };

        var failure = index.Rank(query).Of(1).Explanation.Relaxed.Single();

        failure.Subject.ShouldBe("en");
        failure.Actual.ShouldBe(5);
        failure.Required.ShouldBe(6);
    }

    [Fact]
    public void ARateAtTheMaximum_IsListed()
    {
        var index = Index(Consultant(1) with { DailyRateEur = 500 });

        index.Rank(Query() with { MaxDailyRateEur = 500 }).Lists(1).ShouldBeTrue();
    }

    [Fact]
    public void ARateWithinTheMissionsTolerance_IsListedWithoutRelaxation()
    {
        var index = Index(Consultant(1) with { DailyRateEur = 550 });

        var ranked = index.Rank(Query() with { MaxDailyRateEur = 500, RateTolerancePercent = 10 }).Of(1);

        ranked.Explanation.Relaxed.ShouldBeEmpty();
    }

    [Fact]
    public void ARateAboveTheMissionsTolerance_IsExcluded()
    {
        var index = Index(Consultant(1) with { DailyRateEur = 551 });

        index.Rank(Query() with { MaxDailyRateEur = 500, RateTolerancePercent = 10 }).Lists(1).ShouldBeFalse();
    }

    [Theory]
    [InlineData(200, 15, 230)]
    [InlineData(100, 13, 113)]
    [InlineData(300, 36, 408)]
    public void ARateExactlyAtTheMaximumPlusTheTolerance_IsListed(int max, int tolerance, int rate)
    {
        var index = Index(Consultant(1) with { DailyRateEur = rate });

        index.Rank(Query() with { MaxDailyRateEur = max, RateTolerancePercent = tolerance }).Lists(1).ShouldBeTrue();
    }

    [Fact]
    public void ExtraRateTolerance_AddsToTheMissionsTolerance()
    {
        var index = Index(Consultant(1) with { DailyRateEur = 575 });
        var query = Query() with { MaxDailyRateEur = 500, RateTolerancePercent = 10, Relaxation = new MatchRelaxation(ExtraRateTolerancePercent: 5) };

        var failure = index.Rank(query).Of(1).Explanation.Relaxed.Single();

        failure.Reason.ShouldBe(FailureReason.RateTooHigh);
        failure.Required.ShouldBe(550);
    }

    [Fact]
    public void ExtraRateTolerance_TooSmallForTheConsultant_StillExcludes()
    {
        var index = Index(Consultant(1) with { DailyRateEur = 600 });

        var result = index.Rank(Query() with { MaxDailyRateEur = 500, Relaxation = new MatchRelaxation(ExtraRateTolerancePercent: 10) });

        result.Lists(1).ShouldBeFalse();
    }

    [Theory]
    [InlineData(Catalogue.Java, Catalogue.Java)]
    [InlineData(Catalogue.PyTorch, Catalogue.Python)] // the consultant's skill is more specific
    [InlineData(Catalogue.PyTorch, Catalogue.MachineLearning)] // more specific, two levels down
    public void AMustHave_IsMetExactlyOrByAMoreSpecificSkill(int held, int required)
    {
        var index = Index(Consultant(1).Having(held));

        index.Rank(Query(MustHave(required))).Lists(1).ShouldBeTrue();
    }

    [Fact]
    public void AMoreGeneralSkill_DoesNotProveAMustHave_ButCountsWhenItIsOnlyImportant()
    {
        var index = Index(Consultant(1).Having(Catalogue.JvmLanguages));

        index.WhyNot(Query(MustHave(Catalogue.Java)), Id(1)).Failures.ShouldHaveSingleItem().Reason.ShouldBe(FailureReason.MustHaveSkillMissing);
        index.Rank(Query(Important(Catalogue.Java))).Lists(1).ShouldBeTrue();
    }

    [Fact]
    public void EveryMustHave_MustBeMet()
    {
        var index = Index(Consultant(1).Having(Catalogue.Python));

        var result = index.Rank(Query(MustHave(Catalogue.Python), MustHave(Catalogue.Java)));

        result.Lists(1).ShouldBeFalse();
    }

    [Fact]
    public void TheRelaxedMustHave_NamesTheMissingSkill()
    {
        var index = Index(Consultant(1).Having(Catalogue.Kotlin));
        var query = Query(MustHave(Catalogue.Java), Important(Catalogue.Kotlin)) with { Relaxation = Ignoring(MatchConstraint.MustHaveSkills) };

        var failure = index.Rank(query).Of(1).Explanation.Relaxed.Single();

        failure.Subject.ShouldBe(Catalogue.Java.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void SeveralRelaxedConstraints_AreAllNamed()
    {
        var index = Index(Consultant(1) with { CapacityPercent = 50, DailyRateEur = 800 });
        var query = Query() with { MaxDailyRateEur = 500, Relaxation = Ignoring(MatchConstraint.Capacity | MatchConstraint.Rate) };

        var relaxed = index.Rank(query).Of(1).Explanation.Relaxed;

        relaxed.Select(f => f.Constraint).ShouldBe([MatchConstraint.Rate, MatchConstraint.Capacity], ignoreOrder: true);
    }

    [Fact]
    public void AStaleProfile_IsNeverListed_EvenWithEveryConstraintIgnored()
    {
        var index = Index(Consultant(1) with { FreshUntil = Now.AddDays(-1) });

        var result = index.Rank(Query() with { Relaxation = Ignoring(AllConstraints) });

        result.Lists(1).ShouldBeFalse();
    }

    [Fact]
    public void AProfileGoingStaleNow_IsNotListed()
    {
        var index = Index(Consultant(1) with { FreshUntil = Now });

        index.Rank(Query()).Lists(1).ShouldBeFalse();
    }

    [Fact]
    public void AProfileFreshForOneMoreMinute_IsListed()
    {
        var index = Index(Consultant(1) with { FreshUntil = Now.AddMinutes(1) });

        index.Rank(Query()).Lists(1).ShouldBeTrue();
    }

    [Fact]
    public void AConsultantOfACompanyNotApproved_IsNeverListed_EvenWithEveryConstraintIgnored()
    {
        var index = Index(Consultant(1, Companies.Pending));

        var result = index.Rank(Query() with { Relaxation = Ignoring(AllConstraints) });

        result.Lists(1).ShouldBeFalse();
    }

    [Fact]
    public void ApprovingTheCompany_ListsItsConsultants()
    {
        var index = Index(Consultant(1, Companies.Pending));

        index.SetCompanyApproved(Companies.Pending, approved: true);

        index.Rank(Query()).Lists(1).ShouldBeTrue();
    }

    [Fact]
    public void WithdrawingTheApproval_HidesTheCompanysConsultants()
    {
        var index = Index(Consultant(1, Companies.Acme), Consultant(2, Companies.Globex));

        index.SetCompanyApproved(Companies.Acme, approved: false);

        index.Rank(Query()).Ids().ShouldBe([Id(2)]);
    }

    [Fact]
    public void AConsultantOfACompanyNeverHeardOf_IsNotListed()
    {
        var index = Index(Consultant(1, Guid.NewGuid()));

        index.Rank(Query()).Lists(1).ShouldBeFalse();
    }

    private const MatchConstraint AllConstraints = MatchConstraint.Availability | MatchConstraint.Capacity | MatchConstraint.Languages
        | MatchConstraint.Rate | MatchConstraint.TimeZoneOverlap | MatchConstraint.MustHaveSkills | MatchConstraint.Visibility;

    private sealed record ConstraintCase(
        ConsultantProfile Profile, MatchQuery Query, MatchRelaxation Relaxation, MatchConstraint Constraint, FailureReason Reason);
}
