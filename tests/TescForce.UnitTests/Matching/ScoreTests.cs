using TescForce.Matching.Profiles;
using TescForce.Matching.Queries;
using TescForce.Matching.Results;
using TescForce.Matching.Scoring;
using static TescForce.UnitTests.Matching.MatchingFixture;

namespace TescForce.UnitTests.Matching;

/// <summary>The score: its bounds, its criteria, the direction of each, and the order of ties.</summary>
public sealed class ScoreTests
{
    [Fact]
    public void AConsultantMeetingEverythingWithMargin_Scores100()
    {
        var index = Index(Consultant(1).Having(Catalogue.Python, 5) with { SeniorityYears = 10, DailyRateEur = 400 });
        var query = Query(MustHave(Catalogue.Python, 3)) with
        {
            Seniority = SeniorityBand.Senior,
            MaxDailyRateEur = 500,
            Languages = [new RequiredLanguage("fr", 4)],
        };

        index.Rank(query).Of(1).Score.ShouldBe(100);
    }

    [Fact]
    public void Scores_StayBetween0And100_AndTheirCriteriaAddUpToThem()
    {
        var random = new Random(42);
        var consultants = Enumerable.Range(1, 200).Select(n => RandomConsultant(random, n)).ToArray();
        var index = Index(consultants);
        var query = Query(MustHave(Catalogue.DeepLearning, 4), Important(Catalogue.Java, 3), NiceToHave(Catalogue.DataAnalysis, 2)) with
        {
            Seniority = SeniorityBand.Senior,
            MaxDailyRateEur = 600,
            Languages = [new RequiredLanguage("en", 4), new RequiredLanguage("de", 2)],
            Relaxation = Ignoring(MatchConstraint.Availability | MatchConstraint.Capacity | MatchConstraint.Languages | MatchConstraint.Rate
                | MatchConstraint.MustHaveSkills),
            Take = 500,
        };

        var result = index.Rank(query);

        result.Items.Count.ShouldBeGreaterThan(150);
        foreach (var item in result.Items)
        {
            item.Score.ShouldBeInRange(0, 100);
            item.Explanation.Criteria.Sum(c => c.Points).ShouldBe(item.Score, 0.1);
        }
    }

    [Fact]
    public void TheCriteria_AreExplainedWithTheirMaximums()
    {
        var index = Index(Consultant(1));

        var criteria = index.Rank(Query()).Of(1).Explanation.Criteria;

        criteria.Select(c => (c.Criterion, c.MaxPoints)).ShouldBe(
        [
            (Criterion.SkillCoverage, ScoreWeights.SkillCoverage),
            (Criterion.LevelMargin, ScoreWeights.LevelMargin),
            (Criterion.Seniority, ScoreWeights.Seniority),
            (Criterion.Availability, ScoreWeights.Availability),
            (Criterion.Rate, ScoreWeights.Rate),
            (Criterion.LanguageMargin, ScoreWeights.LanguageMargin),
        ]);
        criteria.Sum(c => c.MaxPoints).ShouldBe(100);
    }

    [Fact]
    public void AMustHave_WeighsThreeTimesANiceToHave_InTheSkillCoverage()
    {
        var index = Index(Consultant(1).Having(Catalogue.Python), Consultant(2).Having(Catalogue.Java));
        var query = Query(MustHave(Catalogue.Python), NiceToHave(Catalogue.Java)) with { Relaxation = Ignoring(MatchConstraint.MustHaveSkills) };

        var result = index.Rank(query);

        result.Of(1).CriterionOf(Criterion.SkillCoverage).Value.ShouldBe(0.75);
        result.Of(2).CriterionOf(Criterion.SkillCoverage).Value.ShouldBe(0.25);
    }

    [Fact]
    public void AnImportantSkill_WeighsTwiceANiceToHave_InTheSkillCoverage()
    {
        var index = Index(Consultant(1).Having(Catalogue.Python), Consultant(2).Having(Catalogue.Java));

        var result = index.Rank(Query(Important(Catalogue.Python), NiceToHave(Catalogue.Java)));

        result.Of(1).CriterionOf(Criterion.SkillCoverage).Value.ShouldBe(Math.Round(2.0 / 3, 3));
        result.Of(2).CriterionOf(Criterion.SkillCoverage).Value.ShouldBe(Math.Round(1.0 / 3, 3));
    }

    [Fact]
    public void SoonerAvailability_ScoresHigher()
    {
        var index = Index(Consultant(1) with { AvailableFrom = Start.AddDays(6) }, Consultant(2) with { AvailableFrom = Start.AddDays(2) });

        var result = index.Rank(Query());

        ShouldScoreHigher(result, better: 2, worse: 1, Criterion.Availability);
    }

    [Fact]
    public void AvailabilityBeforeTheStart_EarnsTheFullAvailabilityPoints()
    {
        var index = Index(Consultant(1) with { AvailableFrom = Start.AddDays(-5) });

        index.Rank(Query()).Of(1).CriterionOf(Criterion.Availability).Points.ShouldBe(ScoreWeights.Availability);
    }

    [Fact]
    public void ALowerRate_BetweenTheSweetSpotAndTheMaximum_ScoresHigher()
    {
        var index = Index(Consultant(1) with { DailyRateEur = 950 }, Consultant(2) with { DailyRateEur = 850 });

        var result = index.Rank(Query() with { MaxDailyRateEur = 1000 });

        ShouldScoreHigher(result, better: 2, worse: 1, Criterion.Rate);
    }

    [Fact]
    public void ALowerRate_BelowTheSweetSpot_EarnsNothingMore()
    {
        var index = Index(Consultant(1) with { DailyRateEur = 800 }, Consultant(2) with { DailyRateEur = 500 });

        var result = index.Rank(Query() with { MaxDailyRateEur = 1000 });

        result.Of(1).Score.ShouldBe(result.Of(2).Score);
    }

    [Fact]
    public void AHigherLevelMargin_ScoresHigher()
    {
        var index = Index(Consultant(1).Having(Catalogue.Python, 4), Consultant(2).Having(Catalogue.Python, 5));

        var result = index.Rank(Query(MustHave(Catalogue.Python, 3)));

        ShouldScoreHigher(result, better: 2, worse: 1, Criterion.LevelMargin);
    }

    [Theory]
    [InlineData(10, 5)] // the band wanted against an adjacent one
    [InlineData(5, 1)] // an adjacent band against one two bands away
    public void ACloserSeniorityBand_ScoresHigher(int closerYears, int fartherYears)
    {
        var index = Index(Consultant(1) with { SeniorityYears = fartherYears }, Consultant(2) with { SeniorityYears = closerYears });

        var result = index.Rank(Query() with { Seniority = SeniorityBand.Senior });

        ShouldScoreHigher(result, better: 2, worse: 1, Criterion.Seniority);
    }

    [Fact]
    public void AHigherLanguageMargin_ScoresHigher()
    {
        var index = Index(
            Consultant(1) with { Languages = [new ProfileLanguage("en", 4)] },
            Consultant(2) with { Languages = [new ProfileLanguage("en", 6)] });

        var result = index.Rank(Query() with { Languages = [new RequiredLanguage("en", 4)] });

        ShouldScoreHigher(result, better: 2, worse: 1, Criterion.LanguageMargin);
    }

    [Fact]
    public void AHigherSkillCoverage_ScoresHigher()
    {
        var index = Index(
            Consultant(1).Having(new ProfileSkill(Catalogue.Python, 4, 5)),
            Consultant(2).Having(new ProfileSkill(Catalogue.Python, 4, 5), new ProfileSkill(Catalogue.Java, 4, 5)));

        var result = index.Rank(Query(MustHave(Catalogue.Python, 3), NiceToHave(Catalogue.Java, 3)));

        ShouldScoreHigher(result, better: 2, worse: 1, Criterion.SkillCoverage);
    }

    [Fact]
    public void IdenticalProfiles_AreOrderedById()
    {
        var index = Index(Consultant(4), Consultant(2), Consultant(3), Consultant(1));

        var result = index.Rank(Query());

        result.Ids().ShouldBe([Id(1), Id(2), Id(3), Id(4)]);
    }

    [Fact]
    public void EqualScores_PutTheSoonerAvailableFirst()
    {
        // Both are available before the start, so the availability criterion does not tell them apart.
        var index = Index(Consultant(1) with { AvailableFrom = Today }, Consultant(2) with { AvailableFrom = Today.AddDays(-3) });

        var result = index.Rank(Query());

        result.Of(1).Score.ShouldBe(result.Of(2).Score);
        result.Ids().ShouldBe([Id(2), Id(1)]);
    }

    [Fact]
    public void EqualScores_PutTheLowerRateFirst()
    {
        var index = Index(Consultant(1) with { DailyRateEur = 450 }, Consultant(2) with { DailyRateEur = 400 });

        var result = index.Rank(Query());

        result.Of(1).Score.ShouldBe(result.Of(2).Score);
        result.Ids().ShouldBe([Id(2), Id(1)]);
    }

    [Fact]
    public void RepeatedQueries_GiveIdenticalResults()
    {
        var random = new Random(7);
        var index = Index([.. Enumerable.Range(1, 150).Select(n => RandomConsultant(random, n))]);
        var query = Query(Important(Catalogue.PyTorch, 3), NiceToHave(Catalogue.Kotlin)) with { Take = 200 };

        var first = index.Rank(query).Describe();
        var second = index.Rank(query).Describe();

        second.ShouldBe(first);
    }

    [Fact]
    public void TheOrderOfLoading_DoesNotChangeTheResults()
    {
        var random = new Random(11);
        var consultants = Enumerable.Range(1, 150).Select(n => RandomConsultant(random, n)).ToArray();
        var query = Query(Important(Catalogue.PyTorch, 3), NiceToHave(Catalogue.Kotlin)) with { Take = 200 };

        var inOrder = Index(consultants).Rank(query).Describe();
        var reversed = Index([.. consultants.Reverse()]).Rank(query).Describe();

        reversed.ShouldBe(inOrder);
    }

    private static void ShouldScoreHigher(MatchResult result, int better, int worse, Criterion criterion)
    {
        result.Of(better).CriterionOf(criterion).Points.ShouldBeGreaterThan(result.Of(worse).CriterionOf(criterion).Points);
        result.Of(better).Score.ShouldBeGreaterThan(result.Of(worse).Score);
        result.Ids().ShouldBe([Id(better), Id(worse)]);
    }

    /// <summary>Any consultant, with skills of the machine-learning and JVM families, some of them far from the mission.</summary>
    private static ConsultantProfile RandomConsultant(Random random, int number)
    {
        int[] pool = [Catalogue.PyTorch, Catalogue.DeepLearning, Catalogue.TensorFlow, Catalogue.MachineLearning, Catalogue.Java,
            Catalogue.Kotlin, Catalogue.Android, Catalogue.DataAnalysis, Catalogue.Python, Catalogue.Cooking];
        var skills = pool.OrderBy(_ => random.Next()).Take(random.Next(1, 4))
            .Select(id => new ProfileSkill(id, random.Next(1, 6), random.Next(0, 15))).ToArray();
        Guid[] companies = [Companies.Acme, Companies.Globex, Companies.Initech, Companies.Umbrella];
        return Consultant(number, companies[random.Next(companies.Length)]) with
        {
            DailyRateEur = random.Next(300, 900),
            CapacityPercent = random.Next(2, 11) * 10,
            SeniorityYears = random.Next(0, 25),
            AvailableFrom = Start.AddDays(random.Next(-10, 40)),
            Skills = skills,
            Languages = [new ProfileLanguage("en", random.Next(1, 7)), new ProfileLanguage("fr", random.Next(1, 7))],
        };
    }
}
