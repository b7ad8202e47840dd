using TescForce.Application.Skills.Search;

namespace TescForce.UnitTests.Skills;

/// <summary>Search quality on the real catalogue (ESCO, plus the supplement when there is one).</summary>
public sealed class SkillSearchRealCatalogueTests
{
    private const string EscoSkill = "http://data.europa.eu/esco/skill/";

    private static readonly Lazy<(EscoSearchCatalogue Catalogue, SkillSearchIndex Index)> Real = new(() =>
    {
        var catalogue = EscoSearchCatalogue.Load();
        return (catalogue, SkillSearchIndex.Build(catalogue.Documents));
    });

    [Fact]
    public void TheCatalogue_LoadsEveryEscoConcept()
    {
        var (catalogue, index) = Real.Value;

        catalogue.Documents.Count.ShouldBeGreaterThanOrEqualTo(1284 + 485);
        catalogue.Documents[0].SkillId.ShouldBe(1);
        index.LabelCount.ShouldBeGreaterThan(9000);
    }

    [Fact]
    public void ApprentissageAuto_FindsMachineLearning_InTheTopThree()
    {
        // In this ESCO subset the knowledge concept "machine learning" has no French label; the French
        // "apprentissage automatique" is carried by the skill "utilise machine learning". Either will do.
        var expected = Ids("3a2d5b45-56e4-4f5a-a55a-4a4a65afdc43", "8369c2d6-c100-4cf6-bd83-9668d8678433");

        var hits = Real.Value.Index.Search("apprentissage auto", preferredLanguage: "fr");

        hits.Take(3).Select(h => h.SkillId).Intersect(expected).ShouldNotBeEmpty();
        hits[0].MatchedLabel.ShouldContain("apprentissage automatique");
    }

    [Fact]
    public void Cybersecu_FindsCyberSecurity_InTheTopThree()
    {
        var cyberSecurity = Ids("8088750d-8388-4170-a76f-48354c469c44");

        var hits = Real.Value.Index.Search("cybersecu");

        hits.Take(3).Select(h => h.SkillId).Intersect(cyberSecurity).ShouldNotBeEmpty();
    }

    [Fact]
    public void CSharp_FindsCSharpFirst()
    {
        var hits = Real.Value.Index.Search("C#");

        hits[0].SkillId.ShouldBe(Ids("4c016b68-4116-468c-9dc6-42710c239e4a")[0]);
        hits[0].Kind.ShouldBe(SkillMatchKind.Exact);
    }

    [Fact]
    public void DotNet_FindsTheDotNetPlatformFirst_ThenAspNet()
    {
        var hits = Real.Value.Index.Search(".net", 5);

        hits[0].SkillId.ShouldBe(Real.Value.Catalogue.IdOf("tescforce:dotnet")!.Value);
        hits.Select(h => h.SkillId).ShouldContain(Ids("56a7f561-1d55-43c9-9cd7-36a0a9bc6c50")[0]);
    }

    private static int[] Ids(params string[] escoSkillIds) =>
        [.. escoSkillIds.Select(id => Real.Value.Catalogue.IdOf(EscoSkill + id) ?? throw new InvalidOperationException($"{id} is not in the catalogue."))];
}
