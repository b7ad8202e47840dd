using TescForce.Matching;
using TescForce.Matching.Profiles;
using TescForce.Matching.Queries;
using TescForce.Matching.Results;
using static TescForce.UnitTests.Matching.MatchingFixture;

namespace TescForce.UnitTests.Matching;

/// <summary>The fairness rule between member companies in the first places of the list.</summary>
public sealed class FairnessTests
{
    /// <summary>Rates are scored against a maximum of 1,000 €: 10 points up to 800 €, 0.25 point less per 10 € above.</summary>
    private static readonly MatchQuery Mission = Query() with { MaxDailyRateEur = 1000 };

    /// <summary>Acme's five near-equal best candidates, 95 to 94 points (consultants 1 to 5, in this order).</summary>
    private static IEnumerable<ConsultantProfile> AcmeTopFive() =>
        new[] { 500, 810, 820, 830, 840 }.Select((rate, i) => Consultant(i + 1, Companies.Acme) with { DailyRateEur = rate });

    [Fact]
    public void ACandidateOfAnotherCompanyWithinTheMargin_IsPromotedAboveTheFourthOfTheSameCompany()
    {
        var index = Index([.. AcmeTopFive(), Consultant(6, Companies.Globex) with { DailyRateEur = 900 }]); // 92.5 points

        var result = index.Rank(Mission);

        result.Ids().ShouldBe([Id(1), Id(2), Id(3), Id(6), Id(4), Id(5)]);
    }

    [Fact]
    public void ThePromotedCandidate_IsMarkedWithTheirRankByScore()
    {
        var index = Index([.. AcmeTopFive(), Consultant(6, Companies.Globex) with { DailyRateEur = 900 }]);

        var promoted = index.Rank(Mission).Of(6);

        promoted.Rank.ShouldBe(4);
        promoted.Explanation.Fairness.ShouldBe(new FairnessMove(Promoted: true, RankByScore: 6));
    }

    [Fact]
    public void ThePassedOverCandidate_IsMarkedWithTheirRankByScore()
    {
        var index = Index([.. AcmeTopFive(), Consultant(6, Companies.Globex) with { DailyRateEur = 900 }]);

        var passedOver = index.Rank(Mission).Of(4);

        passedOver.Rank.ShouldBe(5);
        passedOver.Explanation.Fairness.ShouldBe(new FairnessMove(Promoted: false, RankByScore: 4));
    }

    [Fact]
    public void CandidatesTheRuleDidNotMove_HaveNoFairnessMark()
    {
        var index = Index([.. AcmeTopFive(), Consultant(6, Companies.Globex) with { DailyRateEur = 900 }]);

        var result = index.Rank(Mission);

        new[] { 1, 2, 3 }.ShouldAllBe(n => result.Of(n).Explanation.Fairness == null);
    }

    [Fact]
    public void TheFirstTen_HoldAtMostThreeOfOneCompany_WhileOthersHaveCandidatesWithinTheMargin()
    {
        var globex = Enumerable.Range(6, 3).Select(n => Consultant(n, Companies.Globex) with { DailyRateEur = 900 }); // 92.5 points
        var initech = Enumerable.Range(9, 3).Select(n => Consultant(n, Companies.Initech) with { DailyRateEur = 920 }); // 92 points
        var umbrella = Enumerable.Range(12, 2).Select(n => Consultant(n, Companies.Umbrella) with { DailyRateEur = 940 }); // 91.5 points
        var index = Index([.. AcmeTopFive(), .. globex, .. initech, .. umbrella]);

        var result = index.Rank(Mission);

        result.Items.Take(10).Count(i => i.CompanyId == Companies.Acme).ShouldBe(3);
        result.Ids().ShouldBe([Id(1), Id(2), Id(3), Id(6), Id(7), Id(8), Id(9), Id(10), Id(11), Id(12), Id(4), Id(5), Id(13)]);
    }

    [Fact]
    public void ThePromotedCompanyIsCappedToo_AndTheCapGivesWayWhenNoOtherCandidateIsWithinTheMargin()
    {
        var globex = Enumerable.Range(6, 4).Select(n => Consultant(n, Companies.Globex) with { DailyRateEur = 900 }); // 92.5 points
        var initech = Enumerable.Range(10, 3).Select(n => Consultant(n, Companies.Initech) with { DailyRateEur = 920 }); // 92 points
        var index = Index([.. AcmeTopFive(), .. globex, .. initech]);

        var result = index.Rank(Mission);

        // Globex's fourth (9) waits like Acme's; when only Acme and Globex are left, the better (Acme's fourth) comes first.
        result.Ids().ShouldBe([Id(1), Id(2), Id(3), Id(6), Id(7), Id(8), Id(10), Id(11), Id(12), Id(4), Id(5), Id(9)]);
    }

    [Fact]
    public void AClearlyBetterCandidate_IsNeverDroppedBelowAWorseOne()
    {
        // Ten days late out of a fourteen-day grace period: 6.67 points behind, more than the margin.
        var index = Index([.. AcmeTopFive(), Consultant(6, Companies.Globex) with { AvailableFrom = Start.AddDays(10) }]);

        var result = index.Rank(Mission);

        result.Ids().ShouldBe([Id(1), Id(2), Id(3), Id(4), Id(5), Id(6)]);
        result.Items.ShouldAllBe(i => i.Explanation.Fairness == null);
    }

    [Fact]
    public void NobodyIsPlacedAboveSomeoneMoreThanTheMarginBetter()
    {
        var random = new Random(3);
        Guid[] companies = [Companies.Acme, Companies.Acme, Companies.Acme, Companies.Globex, Companies.Initech];
        var consultants = Enumerable.Range(1, 60).Select(n => Consultant(n, companies[random.Next(companies.Length)]) with
        {
            DailyRateEur = random.Next(500, 1000),
            AvailableFrom = Start.AddDays(random.Next(0, 12)),
        });
        var index = Index([.. consultants]);

        var scores = index.Rank(Mission with { Take = 100 }).Items.Select(i => i.Score).ToArray();

        for (var i = 0; i < scores.Length; i++)
        {
            scores.Skip(i + 1).ShouldAllBe(later => later <= scores[i] + new MatchingOptions().FairnessScoreMargin + 0.1);
        }
    }

    [Fact]
    public void TheCapPerCompany_IsConfigurable()
    {
        var index = Index(new MatchingOptions { FairnessMaxPerCompany = 2 },
            [.. AcmeTopFive(), Consultant(6, Companies.Globex) with { DailyRateEur = 900 }]);

        var result = index.Rank(Mission);

        result.Ids().ShouldBe([Id(1), Id(2), Id(6), Id(3), Id(4), Id(5)]);
    }

    [Fact]
    public void TheNumberOfPlacesWatched_IsConfigurable()
    {
        var index = Index(new MatchingOptions { FairnessTopN = 3 },
            [.. AcmeTopFive(), Consultant(6, Companies.Globex) with { DailyRateEur = 900 }]);

        var result = index.Rank(Mission);

        result.Ids().ShouldBe([Id(1), Id(2), Id(3), Id(4), Id(5), Id(6)]);
    }

    [Fact]
    public void TheMargin_IsConfigurable()
    {
        var index = Index(new MatchingOptions { FairnessScoreMargin = 1 },
            [.. AcmeTopFive(), Consultant(6, Companies.Globex) with { DailyRateEur = 900 }]);

        var result = index.Rank(Mission);

        result.Ids().ShouldBe([Id(1), Id(2), Id(3), Id(4), Id(5), Id(6)]);
    }
}
