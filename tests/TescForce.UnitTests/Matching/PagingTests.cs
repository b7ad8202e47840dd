using TescForce.Matching;
using TescForce.Matching.Profiles;
using TescForce.Matching.Queries;
using TescForce.Matching.Results;
using static TescForce.UnitTests.Matching.MatchingFixture;

namespace TescForce.UnitTests.Matching;

/// <summary>Pages of the list are slices of one order, whatever their size.</summary>
public sealed class PagingTests
{
    private const int Pool = 150;

    private static readonly MatchQuery Mission = Query(MustHave(Catalogue.DeepLearning), Important(Catalogue.Java, 3), NiceToHave(Catalogue.Cuda)) with
    {
        MaxDailyRateEur = 1000,
    };

    /// <summary>Many consultants of four companies, most of them eligible, with many near-equal scores.</summary>
    private static readonly Lazy<MatchIndex> Many = new(() =>
    {
        var random = new Random(5);
        Guid[] companies = [Companies.Acme, Companies.Acme, Companies.Globex, Companies.Initech, Companies.Umbrella];
        int[] skills = [Catalogue.PyTorch, Catalogue.TensorFlow, Catalogue.DeepLearning, Catalogue.Java, Catalogue.Kotlin, Catalogue.Cuda];
        return Index([.. Enumerable.Range(1, Pool).Select(n => Consultant(n, companies[random.Next(companies.Length)]) with
        {
            DailyRateEur = 700 + (random.Next(0, 30) * 10),
            AvailableFrom = Start.AddDays(random.Next(-3, 16)),
            Skills = [.. skills.Where(_ => random.Next(3) > 0).Select(id => new ProfileSkill(id, random.Next(1, 6), 3))],
        })]);
    });

    [Fact]
    public void Total_CountsEveryEligibleConsultant_NotOnlyThePage()
    {
        var full = Many.Value.Rank(Mission with { Take = 1000 });

        var page = Many.Value.Rank(Mission with { Skip = 10, Take = 5 });

        page.Total.ShouldBe(full.Items.Count);
        page.Items.Count.ShouldBe(5);
    }

    [Fact]
    public void Total_CountsOnlyTheEligible()
    {
        var index = Index(Consultant(1), Consultant(2), Consultant(3) with { CapacityPercent = 50 }, Consultant(4).Having(Catalogue.Java));

        var result = index.Rank(Query() with { Take = 1 });

        result.Total.ShouldBe(2);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(5)]
    [InlineData(7)]
    [InlineData(10)]
    [InlineData(20)]
    public void PagesOfAnySize_AreSlicesOfTheWholeList(int size)
    {
        var full = Many.Value.Rank(Mission with { Take = 1000 });
        full.Items.Count.ShouldBeGreaterThan(4 * 20); // enough for the engine's shortcut of keeping only the best

        var pages = new List<RankedConsultant>();
        for (var skip = 0; skip < full.Total; skip += size)
        {
            pages.AddRange(Many.Value.Rank(Mission with { Skip = skip, Take = size }).Items);
        }

        Describe(pages).ShouldBe(Describe(full.Items));
    }

    [Fact]
    public void APageBeyondTheEnd_IsEmpty_WithTheTotal()
    {
        var index = Index(Consultant(1), Consultant(2));

        var result = index.Rank(Query() with { Skip = 5, Take = 10 });

        result.Items.ShouldBeEmpty();
        result.Total.ShouldBe(2);
    }

    [Fact]
    public void TheRanksOfAPage_ArePositionsInTheWholeList()
    {
        var index = Index(Consultant(1), Consultant(2), Consultant(3), Consultant(4));

        var result = index.Rank(Query() with { Skip = 2, Take = 2 });

        result.Items.Select(i => (i.Rank, i.ConsultantId)).ShouldBe([(3, Id(3)), (4, Id(4))]);
    }

    [Fact]
    public void APageAfterTheFirstPlaces_KeepsTheFairnessOrder()
    {
        var consultants = Enumerable.Range(1, 5).Select(n => Consultant(n, Companies.Acme))
            .Append(Consultant(6, Companies.Globex) with { DailyRateEur = 900 });
        var index = Index([.. consultants]);

        var result = index.Rank(Query() with { MaxDailyRateEur = 1000, Skip = 3, Take = 2 });

        result.Ids().ShouldBe([Id(6), Id(4)]);
    }

    [Fact]
    public void AQueryWithOneSkill_AfterOneWithManySkills_RanksHundredsOfCandidates()
    {
        // The engine reuses its working memory between queries: sized once for many required skills and few
        // candidates, it must still grow for many candidates of a single skill.
        var index = Index([.. Enumerable.Range(1, 700).Select(n => Consultant(n))]);
        var manySkills = Query(MustHave(Catalogue.Cooking), Important(Catalogue.Python), NiceToHave(Catalogue.Java), NiceToHave(Catalogue.Kotlin),
            NiceToHave(Catalogue.Scala), NiceToHave(Catalogue.Cuda), NiceToHave(Catalogue.NumPy), NiceToHave(Catalogue.TensorFlow));

        for (var round = 0; round < 3; round++)
        {
            index.Rank(manySkills).Total.ShouldBe(0);
            index.Rank(Query()).Total.ShouldBe(700);
        }
    }

    private static string Describe(IEnumerable<RankedConsultant> items) =>
        new MatchResult(0, [.. items], []).Describe();
}
