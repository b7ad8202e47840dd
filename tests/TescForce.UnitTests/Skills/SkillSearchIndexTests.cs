using TescForce.Application.Skills.Search;

namespace TescForce.UnitTests.Skills;

public sealed class SkillSearchIndexTests
{
    private const int Kubernetes = 1;
    private const int CyberSecurity = 2;
    private const int MachineLearning = 3;
    private const int CSharp = 4;
    private const int C = 5;
    private const int CPlusPlus = 6;
    private const int DotNet = 7;
    private const int AspNet = 8;
    private const int NodeJs = 9;
    private const int Java = 10;
    private const int JavaScript = 11;
    private const int ProjectManagement = 12;
    private const int Python = 13;
    private const int FSharp = 14;
    private const int Database = 20;
    private const int DataWarehouse = 21;

    private static readonly SkillSearchIndex Index = SkillSearchIndex.Build(
    [
        Skill(Kubernetes, En("Kubernetes"), Fr("Kubernetes"), Alt("k8s")),
        Skill(CyberSecurity, En("cyber security"), Fr("cybersécurité"), Alt("cybersecurity"), Alt("IT security")),
        Skill(MachineLearning, En("machine learning"), Fr("apprentissage automatique"), Alt("ML")),
        Skill(CSharp, En("C#"), Alt("C Sharp")),
        Skill(C, En("C")),
        Skill(CPlusPlus, En("C++"), Alt("Visual C++")),
        Skill(DotNet, En(".NET"), Alt(".NET Framework")),
        Skill(AspNet, En("ASP.NET"), Alt("ASP.NET Core")),
        Skill(NodeJs, En("Node.js")),
        Skill(Java, En("Java")),
        Skill(JavaScript, En("JavaScript"), Alt("JS")),
        Skill(ProjectManagement, En("project management"), Fr("gestion de projet")),
        Skill(Python, En("Python")),
        Skill(FSharp, En("F#")),
        Skill(Database, En("database design"), Fr("conception de base de données")),
        Skill(DataWarehouse, En("data warehouse"), Alt("database")),
        Skill(22, En("database")),
    ]);

    [Theory]
    [InlineData("cybersécurité")]
    [InlineData("cybersecurite")]
    [InlineData("CYBERSÉCURITÉ")]
    [InlineData("Cyber Security")]
    [InlineData("cybersecurity")]
    public void Search_IgnoresAccentsAndCase(string query)
    {
        var top = Index.Search(query)[0];

        top.SkillId.ShouldBe(CyberSecurity);
        top.Kind.ShouldBe(SkillMatchKind.Exact);
    }

    [Fact]
    public void Search_FindsFrenchAndEnglishLabels()
    {
        var french = Index.Search("apprentissage automatique")[0];
        french.SkillId.ShouldBe(MachineLearning);
        french.MatchedLanguage.ShouldBe("fr");
        french.MatchedLabel.ShouldBe("apprentissage automatique");

        var english = Index.Search("Machine Learning")[0];
        english.SkillId.ShouldBe(MachineLearning);
        english.MatchedLanguage.ShouldBe("en");
    }

    [Theory]
    [InlineData("k8s", Kubernetes, "k8s")]
    [InlineData("c sharp", CSharp, "C Sharp")]
    [InlineData("ML", MachineLearning, "ML")]
    public void Search_FindsSynonyms(string query, int skill, string label)
    {
        var top = Index.Search(query)[0];

        top.SkillId.ShouldBe(skill);
        top.MatchedLabel.ShouldBe(label);
    }

    [Theory]
    [InlineData("cybersecu", CyberSecurity)]
    [InlineData("kube", Kubernetes)]
    [InlineData("apprentissage auto", MachineLearning)]
    [InlineData("gestion de proj", ProjectManagement)]
    public void Search_FindsLabelsByPrefix(string query, int skill)
    {
        var top = Index.Search(query)[0];

        top.SkillId.ShouldBe(skill);
        top.Kind.ShouldBe(SkillMatchKind.Prefix);
    }

    [Theory]
    [InlineData("learning machine", MachineLearning)]
    [InlineData("auto apprent", MachineLearning)]
    [InlineData("management", ProjectManagement)]
    [InlineData("projet", ProjectManagement)]
    public void Search_FindsLabelsByTheirWordsInAnyOrder(string query, int skill)
    {
        var top = Index.Search(query)[0];

        top.SkillId.ShouldBe(skill);
        top.Kind.ShouldBe(SkillMatchKind.Word);
    }

    [Theory]
    [InlineData("kubernets", Kubernetes)]
    [InlineData("kuberentes", Kubernetes)]
    [InlineData("pyhton", Python)]
    [InlineData("cybersecurty", CyberSecurity)]
    [InlineData("machin lerning", MachineLearning)]
    [InlineData("aprentissage automatiqe", MachineLearning)]
    [InlineData("kubrenet", Kubernetes)]
    public void Search_ToleratesSmallTypos(string query, int skill)
    {
        var top = Index.Search(query)[0];

        top.SkillId.ShouldBe(skill);
        top.Kind.ShouldBe(SkillMatchKind.Fuzzy);
    }

    [Theory]
    [InlineData("jaxx")]
    [InlineData("pyhtnn")]
    [InlineData("pyt00n")]
    [InlineData("cubernetes")]
    [InlineData("kybrenetez")]
    public void Search_TooManyTyposOrAWrongFirstLetter_FindNothing(string query)
    {
        // Two typos in a 4–7 letter word, or a wrong first letter that is not a swap, are too far.
        Index.Search(query).Select(h => h.SkillId).ShouldNotContain(Python);
        Index.Search(query).Select(h => h.SkillId).ShouldNotContain(Java);
        Index.Search(query).Select(h => h.SkillId).ShouldNotContain(Kubernetes);
    }

    [Fact]
    public void Search_ShortWords_AreNotMatchedWithTypos()
    {
        Index.Search("jsa").ShouldBeEmpty();
        Index.Search("ml").Select(h => h.SkillId).ShouldBe([MachineLearning]);
    }

    [Fact]
    public void Search_CSharp_FindsCSharpAndNeitherCNorCPlusPlus()
    {
        var hits = Index.Search("C#");

        hits[0].SkillId.ShouldBe(CSharp);
        hits[0].Kind.ShouldBe(SkillMatchKind.Exact);
        hits.Select(h => h.SkillId).ShouldNotContain(C);
        hits.Select(h => h.SkillId).ShouldNotContain(CPlusPlus);
    }

    [Fact]
    public void Search_CPlusPlus_PutsCPlusPlusFirst()
    {
        var hits = Index.Search("c++");

        hits[0].SkillId.ShouldBe(CPlusPlus);
        hits.Select(h => h.SkillId).ShouldNotContain(CSharp);
        hits.Select(h => h.SkillId).ShouldNotContain(C);
    }

    [Fact]
    public void Search_C_PutsTheCLanguageFirst()
    {
        var hits = Index.Search("c");

        hits[0].SkillId.ShouldBe(C);
        hits[0].Kind.ShouldBe(SkillMatchKind.Exact);
    }

    [Fact]
    public void Search_FSharp_FindsFSharp()
    {
        Index.Search("f#")[0].SkillId.ShouldBe(FSharp);
    }

    [Theory]
    [InlineData(".net")]
    [InlineData(".NET")]
    [InlineData("dotnet")]
    public void Search_DotNet_FindsDotNetThenAspNet(string query)
    {
        var hits = Index.Search(query);

        hits.Take(2).Select(h => h.SkillId).ShouldBe([DotNet, AspNet]);
        hits[0].Kind.ShouldBe(SkillMatchKind.Exact);
        hits.Select(h => h.SkillId).ShouldNotContain(NodeJs);
    }

    [Theory]
    [InlineData("asp.net", AspNet)]
    [InlineData("aspnet", AspNet)]
    [InlineData("ASP NET", AspNet)]
    [InlineData("asp.net core", AspNet)]
    [InlineData("node.js", NodeJs)]
    [InlineData("nodejs", NodeJs)]
    [InlineData("node", NodeJs)]
    public void Search_DottedNames_AreFoundWithOrWithoutTheDot(string query, int skill)
    {
        Index.Search(query)[0].SkillId.ShouldBe(skill);
    }

    [Fact]
    public void Search_RanksExactThenPrefixThenWordsThenTypos()
    {
        // Ids run against the expected order, so that the id tiebreak cannot produce it by chance.
        var index = SkillSearchIndex.Build(
        [
            Skill(101, En("Scola")),
            Skill(102, En("functional Scala")),
            Skill(103, En("Scala Native")),
            Skill(104, En("Scala")),
        ]);

        var hits = index.Search("scala");

        hits.Select(h => h.SkillId).ShouldBe([104, 103, 102, 101]);
        hits.Select(h => h.Kind).ShouldBe([SkillMatchKind.Exact, SkillMatchKind.Prefix, SkillMatchKind.Word, SkillMatchKind.Fuzzy]);
        hits.Select(h => h.Score).ShouldBeInOrder(SortDirection.Descending);
        hits.ShouldAllBe(h => h.Score > 0 && h.Score <= 1);
    }

    [Fact]
    public void Search_APreferredLabel_BeatsASynonymOfTheSameQuality()
    {
        var hits = Index.Search("database");

        hits.Take(2).Select(h => h.SkillId).ShouldBe([22, DataWarehouse]);
        hits[1].Kind.ShouldBe(SkillMatchKind.Exact);
        hits[1].MatchedLabel.ShouldBe("database");
    }

    [Fact]
    public void Search_AShorterLabel_BeatsALongerOneOfTheSameQuality()
    {
        var index = SkillSearchIndex.Build(
        [
            Skill(1, En("data warehouse")),
            Skill(2, En("data lake")),
        ]);

        index.Search("data").Select(h => h.SkillId).ShouldBe([2, 1]);
    }

    [Fact]
    public void Search_PreferredLanguage_BreaksTies()
    {
        var index = SkillSearchIndex.Build(
        [
            Skill(1, En("Agile")),
            Skill(2, Fr("Agile")),
        ]);

        index.Search("agile").Select(h => h.SkillId).ShouldBe([1, 2]);
        index.Search("agile", preferredLanguage: "fr").Select(h => h.SkillId).ShouldBe([2, 1]);
        index.Search("agile", preferredLanguage: "en").Select(h => h.SkillId).ShouldBe([1, 2]);
    }

    [Fact]
    public void Search_PreferredLanguage_DoesNotOutweighMatchQuality()
    {
        var index = SkillSearchIndex.Build(
        [
            Skill(1, En("testing")),
            Skill(2, Fr("testing automatisé")),
        ]);

        index.Search("testing", preferredLanguage: "fr").Select(h => h.SkillId).ShouldBe([1, 2]);
    }

    [Fact]
    public void Search_Ties_AreBrokenByTheLowerSkillId_WhateverTheInputOrder()
    {
        var documents = new[] { Skill(31, En("SQL")), Skill(30, En("SQL")), Skill(32, En("SQL")) };

        SkillSearchIndex.Build(documents).Search("sql").Select(h => h.SkillId).ShouldBe([30, 31, 32]);
        SkillSearchIndex.Build(documents.Reverse()).Search("sql").Select(h => h.SkillId).ShouldBe([30, 31, 32]);
    }

    [Fact]
    public void Search_GivesOneHitPerSkill_WithItsBestLabel()
    {
        var hits = Index.Search("cyber");
        var english = Index.Search("cyber", preferredLanguage: "en");

        // Three labels of the skill start with "cyber": the shortest preferred one wins, unless the
        // preferred language says otherwise.
        hits.Count(h => h.SkillId == CyberSecurity).ShouldBe(1);
        hits.Single(h => h.SkillId == CyberSecurity).MatchedLabel.ShouldBe("cybersécurité");
        english.Single(h => h.SkillId == CyberSecurity).MatchedLabel.ShouldBe("cyber security");
    }

    [Fact]
    public void Search_ReturnsAtMostLimitHits_TheBestOnes()
    {
        var all = Index.Search("c", limit: 100);
        var two = Index.Search("c", limit: 2);

        all.Count.ShouldBeGreaterThan(2);
        two.ShouldBe(all.Take(2));
        Index.Search("c", limit: 0).ShouldBeEmpty();
        Index.Search("c", limit: -5).ShouldBeEmpty();
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\t\r\n")]
    [InlineData("-/_'")]
    public void Search_AnEmptyQuery_FindsNothing(string? query)
    {
        Index.Search(query!).ShouldBeEmpty();
    }

    [Fact]
    public void Search_AQueryLongerThan200Characters_IsTruncated()
    {
        var query = "kubernetes" + new string(' ', SkillSearchIndex.MaxQueryLength) + "zzzzzz";

        Index.Search(query)[0].SkillId.ShouldBe(Kubernetes);
    }

    [Theory]
    [InlineData("\0\u0001\u0002")]
    [InlineData("😀")]
    [InlineData("🚀 kubernetes 🚀")]
    [InlineData("\uD800")]
    [InlineData("\uDC00abc\uD83D")]
    [InlineData("((((")]
    [InlineData("%%% *** ???")]
    [InlineData("c#c#c#++..##")]
    [InlineData("....net")]
    [InlineData("عربي עברית 中文 русский")]
    [InlineData("e\u0301\u0301\u0301")]
    [InlineData("\uFEFF\u200B\u00AD")]
    [InlineData("a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a")]
    public void Search_AnyInput_NeverThrows(string query)
    {
        Should.NotThrow(() => Index.Search(query));
        Should.NotThrow(() => Index.Search(query, limit: 1, preferredLanguage: "zz"));
    }

    [Fact]
    public void Search_RandomInput_NeverThrows()
    {
        var random = new Random(42);
        for (var i = 0; i < 2000; i++)
        {
            var chars = new char[random.Next(0, 300)];
            for (var c = 0; c < chars.Length; c++)
            {
                chars[c] = random.Next(4) == 0 ? (char)random.Next(0, 0x10000) : "abcdeé#+. -'kubrnts"[random.Next(19)];
            }

            var query = new string(chars);
            Should.NotThrow(() => Index.Search(query), query);
        }
    }

    [Fact]
    public void Search_EmojiAroundAWord_StillFindsIt()
    {
        Index.Search("🚀kubernetes🚀")[0].SkillId.ShouldBe(Kubernetes);
    }

    [Fact]
    public void Search_FromManyThreadsAtOnce_GivesTheSameAnswers()
    {
        string[] queries = ["c#", "kubernets", "apprentissage auto", ".net", "c", "cybersecu", "data"];
        var expected = queries.Select(q => Index.Search(q)).ToArray();

        Parallel.For(0, 2000, i =>
        {
            var q = i % queries.Length;
            Index.Search(queries[q]).ShouldBe(expected[q]);
        });
    }

    [Fact]
    public void Build_SkipsEmptyLabelsAndMergesDocumentsOfTheSameSkill()
    {
        var index = SkillSearchIndex.Build(
        [
            Skill(1, En("Rust"), En("  "), En("!!!")),
            Skill(1, Fr("Rust"), Alt("rustlang")),
            new SkillSearchDocument(2, []),
        ]);

        index.SkillCount.ShouldBe(1);
        index.LabelCount.ShouldBe(3);
        index.Search("rustlang").Select(h => h.SkillId).ShouldBe([1]);
    }

    [Fact]
    public void Empty_FindsNothing()
    {
        SkillSearchIndex.Empty.Search("java").ShouldBeEmpty();
    }

    private static SkillSearchDocument Skill(int id, params SkillSearchLabel[] labels) => new(id, labels);

    private static SkillSearchLabel En(string text) => new(text, "en", SkillLabelKind.Preferred);

    private static SkillSearchLabel Fr(string text) => new(text, "fr", SkillLabelKind.Preferred);

    private static SkillSearchLabel Alt(string text) => new(text, "en", SkillLabelKind.Alternative);
}
