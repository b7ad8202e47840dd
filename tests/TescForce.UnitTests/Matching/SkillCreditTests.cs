using TescForce.Matching.Taxonomy;
using static TescForce.UnitTests.Matching.Catalogue;

namespace TescForce.UnitTests.Matching;

/// <summary>The credit values documented on <see cref="SkillCredit"/>, and the taxonomy neighbourhoods that use them.</summary>
public sealed class SkillCreditTests
{
    [Fact]
    public void CreditValues_AreTheDocumentedOnes()
    {
        SkillCredit.Of(SkillMatchKind.Exact, 0).ShouldBe(1.0);
        SkillCredit.Of(SkillMatchKind.Narrower, 1).ShouldBe(0.85);
        SkillCredit.Of(SkillMatchKind.Broader, 1).ShouldBe(0.60);
        SkillCredit.Of(SkillMatchKind.Broader, 2).ShouldBe(0.50);
        SkillCredit.Of(SkillMatchKind.Sibling, 2).ShouldBe(0.40);
        SkillCredit.Of(SkillMatchKind.Related, 1).ShouldBe(0.30);
        SkillCredit.Of(SkillMatchKind.Missing, 0).ShouldBe(0);
    }

    [Fact]
    public void NarrowerCredit_LosesTenPercentPerFurtherLevel_AndStillBeatsADirectParentThreeLevelsDown()
    {
        SkillCredit.Of(SkillMatchKind.Narrower, 2).ShouldBe(0.765, 1e-9);
        SkillCredit.Of(SkillMatchKind.Narrower, 3).ShouldBe(0.6885, 1e-9);
        SkillCredit.Of(SkillMatchKind.Narrower, 3).ShouldBeGreaterThan(SkillCredit.Of(SkillMatchKind.Broader, 1));
    }

    [Theory]
    [InlineData(4, 4, 1.0)]
    [InlineData(5, 4, 1.0)]
    [InlineData(3, 4, 0.85)]
    [InlineData(2, 4, 0.70)]
    [InlineData(1, 5, 0.40)]
    public void LevelFactor_Loses15PercentPerLevelBelowTheMinimum_AndNothingAtOrAbove(int level, int minLevel, double expected) =>
        SkillCredit.LevelFactor(level, minLevel).ShouldBe(expected, 1e-9);

    [Theory]
    [InlineData(SkillMatchKind.Exact, true)]
    [InlineData(SkillMatchKind.Narrower, true)]
    [InlineData(SkillMatchKind.Broader, false)]
    [InlineData(SkillMatchKind.Sibling, false)]
    [InlineData(SkillMatchKind.Related, false)]
    [InlineData(SkillMatchKind.Missing, false)]
    public void SatisfiesMustHave_OnlyForExactAndNarrower(SkillMatchKind kind, bool expected) =>
        SkillCredit.SatisfiesMustHave(kind).ShouldBe(expected);

    [Theory]
    [InlineData(PyTorch, PyTorch, SkillMatchKind.Exact, 0, 1.0)]
    [InlineData(DeepLearning, PyTorch, SkillMatchKind.Narrower, 1, 0.85)]
    [InlineData(Python, PyTorch, SkillMatchKind.Narrower, 1, 0.85)]
    [InlineData(MachineLearning, PyTorch, SkillMatchKind.Narrower, 2, 0.765)]
    [InlineData(MachineLearning, PyTorchLightning, SkillMatchKind.Narrower, 3, 0.6885)]
    [InlineData(PyTorch, DeepLearning, SkillMatchKind.Broader, 1, 0.60)]
    [InlineData(PyTorch, Python, SkillMatchKind.Broader, 1, 0.60)]
    [InlineData(PyTorch, MachineLearning, SkillMatchKind.Broader, 2, 0.50)]
    [InlineData(PyTorch, Programming, SkillMatchKind.Broader, 2, 0.50)]
    [InlineData(PyTorch, NumPy, SkillMatchKind.Sibling, 2, 0.40)]
    [InlineData(PyTorch, TensorFlow, SkillMatchKind.Sibling, 2, 0.40)]
    [InlineData(Java, Kotlin, SkillMatchKind.Sibling, 2, 0.40)]
    [InlineData(DatabaseFirstChild, DatabaseFirstChild + 1, SkillMatchKind.Sibling, 2, 0.40)]
    [InlineData(PyTorch, Cuda, SkillMatchKind.Related, 1, 0.30)]
    [InlineData(Kotlin, Android, SkillMatchKind.Related, 1, 0.30)]
    [InlineData(Android, Kotlin, SkillMatchKind.Related, 1, 0.30)]
    public void Neighbourhood_GivesEachKindItsCredit(int required, int held, SkillMatchKind kind, int distance, double credit)
    {
        var neighbour = Neighbour(required, held);

        neighbour.ShouldNotBeNull();
        neighbour.Value.Kind.ShouldBe(kind);
        neighbour.Value.Distance.ShouldBe(distance);
        neighbour.Value.Credit.ShouldBe((float)credit, 1e-6f);
    }

    [Theory]
    [InlineData(MachineLearning, LightningFabric)] // four levels down
    [InlineData(PyTorchLightning, MachineLearning)] // three levels up
    [InlineData(PyTorch, Cooking)] // unrelated
    [InlineData(Java, Android)] // related to a sibling (Kotlin), not to Java
    [InlineData(IctSectionFirstChild, IctSectionFirstChild + 1)] // children of a grouping section
    [InlineData(Spreadsheets, WordProcessing)] // children of a grouping section, however small
    [InlineData(CloudFirstChild, CloudFirstChild + 1)] // a family of more than 60
    public void Neighbourhood_LeavesOutWhatIsTooFarOrNotASibling(int required, int held) =>
        Neighbour(required, held).ShouldBeNull();

    [Fact]
    public void Neighbourhood_StartsWithTheSkillItself_ThenTheBestCredit()
    {
        var neighbours = Catalogue.Graph.NeighboursOf(Catalogue.Graph.IndexOf(PyTorch)).ToArray();

        Catalogue.Graph.IdAt(neighbours[0].SkillIndex).ShouldBe(PyTorch);
        neighbours.Select(n => n.Credit).ShouldBe(neighbours.Select(n => n.Credit).OrderByDescending(c => c));
    }

    [Fact]
    public void Build_IgnoresLinksToUnknownSkillsAndDuplicates()
    {
        var graph = SkillGraph.Build([new SkillNode(1), new SkillNode(2)], [(2, 1), (2, 1), (3, 1), (2, 42)], [(1, 77)]);

        graph.Count.ShouldBe(2);
        graph.IndexOf(3).ShouldBe(-1);
        graph.ParentsOf(graph.IndexOf(2)).Length.ShouldBe(1);
        graph.NeighboursOf(graph.IndexOf(1)).Length.ShouldBe(2);
    }

    private static SkillNeighbour? Neighbour(int required, int held)
    {
        var graph = Catalogue.Graph;
        foreach (var n in graph.NeighboursOf(graph.IndexOf(required)))
        {
            if (graph.IdAt(n.SkillIndex) == held)
            {
                return n;
            }
        }

        return null;
    }
}
