using TescForce.Matching.Profiles;
using TescForce.Matching.Queries;
using TescForce.Matching.Results;
using static TescForce.UnitTests.Matching.MatchingFixture;

namespace TescForce.UnitTests.Matching;

/// <summary>"Why is this consultant not in the list?"</summary>
public sealed class WhyNotTests
{
    [Fact]
    public void AnUnknownConsultant_IsNotVisible()
    {
        var index = Index(Consultant(1));

        var answer = index.WhyNot(Query(), Id(99));

        answer.Status.ShouldBe(WhyNotStatus.NotVisible);
        answer.Ranked.ShouldBeNull();
    }

    [Fact]
    public void ARemovedConsultant_IsNotVisible()
    {
        var index = Index(Consultant(1));
        index.Remove(Id(1));

        var answer = index.WhyNot(Query(), Id(1));

        answer.Status.ShouldBe(WhyNotStatus.NotVisible);
    }

    [Fact]
    public void AStaleConsultant_IsNotVisible_BecauseStale()
    {
        var index = Index(Consultant(1) with { FreshUntil = Now.AddHours(-1) });

        var answer = index.WhyNot(Query(), Id(1));

        answer.Status.ShouldBe(WhyNotStatus.NotVisible);
        answer.Failures.Select(f => (f.Constraint, f.Reason)).ShouldBe([(MatchConstraint.Visibility, FailureReason.Stale)]);
    }

    [Fact]
    public void AConsultantOfACompanyNotApproved_IsNotVisible_BecauseOfTheCompany()
    {
        var index = Index(Consultant(1, Companies.Pending));

        var answer = index.WhyNot(Query(), Id(1));

        answer.Status.ShouldBe(WhyNotStatus.NotVisible);
        answer.Failures.Select(f => (f.Constraint, f.Reason)).ShouldBe([(MatchConstraint.Visibility, FailureReason.CompanyNotApproved)]);
    }

    [Fact]
    public void AnExcludedConsultant_IsExcluded_WithEveryFailingConstraint()
    {
        var index = Index(Consultant(1) with { DailyRateEur = 700, CapacityPercent = 50, AvailableFrom = Start.AddDays(30) });

        var answer = index.WhyNot(Query() with { MaxDailyRateEur = 600 }, Id(1));

        answer.Status.ShouldBe(WhyNotStatus.Excluded);
        answer.Failures.Select(f => f.Reason).ShouldBe(
            [FailureReason.AvailableTooLate, FailureReason.RateTooHigh, FailureReason.CapacityTooLow], ignoreOrder: true);
        answer.Ranked.ShouldBeNull();
    }

    [Fact]
    public void AConsultantMissingAMustHave_IsExcluded_NamingTheSkill()
    {
        var index = Index(Consultant(1).Having(Catalogue.Kotlin));

        var answer = index.WhyNot(Query(MustHave(Catalogue.Java)), Id(1));

        answer.Status.ShouldBe(WhyNotStatus.Excluded);
        answer.Failures.Single().Subject.ShouldBe("8");
    }

    [Fact]
    public void AConsultantReadmittedByTheRelaxation_IsListed()
    {
        var index = Index(Consultant(1) with { CapacityPercent = 50 });

        var answer = index.WhyNot(Query() with { Relaxation = Ignoring(MatchConstraint.Capacity) }, Id(1));

        answer.Status.ShouldBe(WhyNotStatus.Listed);
        answer.Failures.ShouldBeEmpty();
    }

    [Fact]
    public void EveryListedConsultant_IsListedAtTheirRankInTheList()
    {
        var consultants = Enumerable.Range(1, 12).Select(n => Consultant(n, n <= 6 ? Companies.Acme : Companies.Globex) with
        {
            DailyRateEur = 800 + (n * 10),
        });
        var index = Index([.. consultants]);
        var query = Query() with { MaxDailyRateEur = 1000 };

        var list = index.Rank(query);

        list.Items.Count.ShouldBe(12);
        list.Items.ShouldAllBe(i => index.WhyNot(query, i.ConsultantId).Ranked!.Rank == i.Rank);
    }

    [Fact]
    public void AConsultantPromotedByTheFairnessRule_IsListedAtThePromotedRank()
    {
        var consultants = Enumerable.Range(1, 5).Select(n => Consultant(n, Companies.Acme))
            .Append(Consultant(6, Companies.Globex) with { DailyRateEur = 900 });
        var index = Index([.. consultants]);

        var answer = index.WhyNot(Query() with { MaxDailyRateEur = 1000 }, Id(6));

        answer.Ranked!.Rank.ShouldBe(4);
        answer.Ranked.Explanation.Fairness!.Promoted.ShouldBeTrue();
    }

    [Fact]
    public void AListedConsultant_GetsTheSameExplanationAsInTheList()
    {
        var index = Index(Consultant(1), Consultant(2).Having(Catalogue.PyTorch, 5));
        var query = Query(MustHave(Catalogue.Python, 4));

        var answer = index.WhyNot(query, Id(2));

        answer.Describe().ShouldBe(new WhyNotAnswer(WhyNotStatus.Listed, [], index.Rank(query).Of(2)).Describe());
    }

    [Fact]
    public void AConsultantWithNoSkillInCommon_WhenNothingIsAMustHave_IsExcludedAsIrrelevant()
    {
        var index = Index(Consultant(1).Having(Catalogue.Cooking), Consultant(2));

        var answer = index.WhyNot(Query(NiceToHave(Catalogue.Python)), Id(1));

        answer.Status.ShouldBe(WhyNotStatus.Excluded);
        answer.Failures.ShouldHaveSingleItem().ShouldBe(new ConstraintFailure(MatchConstraint.Relevance, FailureReason.NoSkillInCommon));
    }

    [Fact]
    public void AConsultantChangedSinceTheIndexWasBuilt_IsAnsweredFromTheChange()
    {
        var index = Index(Consultant(1));
        index.Upsert(Consultant(1) with { Languages = [new ProfileLanguage("fr", 6)] });

        var answer = index.WhyNot(Query() with { Languages = [new RequiredLanguage("en", 3)] }, Id(1));

        answer.Failures.Single().Reason.ShouldBe(FailureReason.LanguageMissing);
    }
}
