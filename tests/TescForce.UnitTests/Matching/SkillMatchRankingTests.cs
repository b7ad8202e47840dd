using TescForce.Matching.Profiles;
using TescForce.Matching.Queries;
using TescForce.Matching.Results;
using TescForce.Matching.Taxonomy;
using static TescForce.UnitTests.Matching.MatchingFixture;

namespace TescForce.UnitTests.Matching;

/// <summary>How the skills a consultant holds meet the required ones, through the taxonomy, in the ranking.</summary>
public sealed class SkillMatchRankingTests
{
    /// <summary>One consultant per kind of match for a PyTorch requirement, numbered in the expected order.</summary>
    private static readonly ConsultantProfile[] OnePerKind =
    [
        Consultant(1).Having(Catalogue.PyTorch),
        Consultant(2).Having(Catalogue.PyTorchLightning),
        Consultant(3).Having(Catalogue.DeepLearning),
        Consultant(4).Having(Catalogue.NumPy),
        Consultant(5).Having(Catalogue.Cuda),
        Consultant(6).Having(Catalogue.Cooking),
    ];

    [Fact]
    public void WithoutMustHave_ExactBeatsNarrowerBeatsBroaderBeatsSiblingBeatsRelated_AndUnrelatedIsNotListed()
    {
        // Listed in reverse so that the order cannot come from the order of loading.
        var index = Index([.. OnePerKind.Reverse()]);

        var result = index.Rank(Query(Important(Catalogue.PyTorch)));

        result.Ids().ShouldBe([Id(1), Id(2), Id(3), Id(4), Id(5)]);
        result.Items.Select(i => i.Score).ShouldBeInOrder(SortDirection.Descending);
        result.Items.Select(i => i.Score).Distinct().Count().ShouldBe(5);
    }

    [Fact]
    public void WithoutMustHave_TheKindOfEachMatchIsExplained()
    {
        var index = Index(OnePerKind);

        var result = index.Rank(Query(Important(Catalogue.PyTorch)));

        result.Items.Select(i => i.Evidence(Catalogue.PyTorch).Kind).ShouldBe(
        [
            SkillMatchKind.Exact, SkillMatchKind.Narrower, SkillMatchKind.Broader, SkillMatchKind.Sibling, SkillMatchKind.Related,
        ]);
    }

    [Fact]
    public void WithAMustHave_OnlyExactAndNarrowerAreListed_InThatOrder()
    {
        var index = Index(OnePerKind);

        var result = index.Rank(Query(MustHave(Catalogue.PyTorch)));

        result.Ids().ShouldBe([Id(1), Id(2)]);
        result.Total.ShouldBe(2);
    }

    [Fact]
    public void EvenWithMustHavesRelaxed_AConsultantWithNoSkillInCommonIsNotListed()
    {
        var index = Index(OnePerKind);

        var result = index.Rank(Query(MustHave(Catalogue.PyTorch)) with { Relaxation = new MatchRelaxation(Ignored: MatchConstraint.MustHaveSkills) });

        result.Ids().ShouldNotContain(Id(6));
        result.Total.ShouldBe(5);
    }

    [Theory]
    [InlineData(Catalogue.PyTorch, Catalogue.PyTorch, SkillMatchKind.Exact, 1.0)]
    [InlineData(Catalogue.DeepLearning, Catalogue.PyTorch, SkillMatchKind.Narrower, 0.85)]
    [InlineData(Catalogue.MachineLearning, Catalogue.PyTorch, SkillMatchKind.Narrower, 0.765)]
    [InlineData(Catalogue.MachineLearning, Catalogue.PyTorchLightning, SkillMatchKind.Narrower, 0.6885)]
    [InlineData(Catalogue.PyTorch, Catalogue.DeepLearning, SkillMatchKind.Broader, 0.60)]
    [InlineData(Catalogue.PyTorch, Catalogue.MachineLearning, SkillMatchKind.Broader, 0.50)]
    [InlineData(Catalogue.Java, Catalogue.Kotlin, SkillMatchKind.Sibling, 0.40)]
    [InlineData(Catalogue.Kotlin, Catalogue.Android, SkillMatchKind.Related, 0.30)]
    public void Evidence_CarriesTheCreditOfTheKind(int required, int held, SkillMatchKind kind, double credit)
    {
        var index = Index(Consultant(1).Having(held, level: 3));

        var evidence = index.Rank(Query(Important(required))).Of(1).Evidence(required);

        evidence.Kind.ShouldBe(kind);
        evidence.ViaSkillId.ShouldBe(held);
        evidence.Credit.ShouldBe(credit, 0.0011); // rounded to three decimals
    }

    [Fact]
    public void ASkillWithTwoParents_MeetsBothParentsAsNarrower()
    {
        var index = Index(Consultant(1).Having(Catalogue.PyTorch));

        var ranked = index.Rank(Query(MustHave(Catalogue.DeepLearning), MustHave(Catalogue.Python))).Of(1);

        ranked.Evidence(Catalogue.DeepLearning).Kind.ShouldBe(SkillMatchKind.Narrower);
        ranked.Evidence(Catalogue.Python).Kind.ShouldBe(SkillMatchKind.Narrower);
        ranked.Evidence(Catalogue.Python).Credit.ShouldBe(0.85);
    }

    [Fact]
    public void TheBestOfSeveralMatchingSkillsCounts()
    {
        var index = Index(Consultant(1).Having(
            new ProfileSkill(Catalogue.DeepLearning, 5, 5), new ProfileSkill(Catalogue.PyTorch, 3, 2), new ProfileSkill(Catalogue.NumPy, 5, 9)));

        var evidence = index.Rank(Query(MustHave(Catalogue.PyTorch))).Of(1).Evidence(Catalogue.PyTorch);

        evidence.Kind.ShouldBe(SkillMatchKind.Exact);
        evidence.Level.ShouldBe(3);
        evidence.Years.ShouldBe(2);
    }

    [Theory]
    [InlineData(5, 1.0)]
    [InlineData(4, 1.0)]
    [InlineData(3, 0.85)]
    [InlineData(2, 0.70)]
    [InlineData(1, 0.55)]
    public void Credit_Loses15PercentPerLevelBelowTheMinimum_AndIsFullAtOrAbove(int level, double credit)
    {
        var index = Index(Consultant(1).Having(Catalogue.Python, level));

        var evidence = index.Rank(Query(MustHave(Catalogue.Python, minLevel: 4))).Of(1).Evidence(Catalogue.Python);

        evidence.Credit.ShouldBe(credit, 0.0005);
    }

    [Fact]
    public void LevelFactor_AppliesOnTopOfTheKindCredit()
    {
        var index = Index(Consultant(1).Having(Catalogue.PyTorch, level: 2));

        var evidence = index.Rank(Query(MustHave(Catalogue.DeepLearning, minLevel: 4))).Of(1).Evidence(Catalogue.DeepLearning);

        evidence.Credit.ShouldBe(0.85 * 0.70, 0.0005);
    }

    [Fact]
    public void AConsultantBelowTheMinimumLevel_RanksBelowOneAtIt()
    {
        var index = Index(Consultant(1).Having(Catalogue.Python, 2), Consultant(2).Having(Catalogue.Python, 4));

        var result = index.Rank(Query(MustHave(Catalogue.Python, minLevel: 4)));

        result.Ids().ShouldBe([Id(2), Id(1)]);
    }

    [Fact]
    public void SkillsTheTaxonomyDoesNotKnow_AreIgnoredInTheProfile()
    {
        var index = Index(Consultant(1).Having(new ProfileSkill(Catalogue.Unknown, 5, 5), new ProfileSkill(Catalogue.Python, 4, 5)));

        var ranked = index.Rank(Query()).Of(1);

        ranked.Evidence(Catalogue.Python).Kind.ShouldBe(SkillMatchKind.Exact);
    }
}
