using TescForce.Application.Missions.Text;
using TescForce.UnitTests.Skills;

namespace TescForce.UnitTests.Missions.Text;

/// <summary>Skill proposals from realistic job descriptions, on the real catalogue (ESCO plus the supplement).</summary>
public sealed class SkillPhraseMatcherRealCatalogueTests
{
    private const string Esco = "http://data.europa.eu/esco/skill/";

    private static readonly Lazy<(EscoSearchCatalogue Catalogue, SkillPhraseMatcher Matcher)> Real = new(() =>
    {
        var catalogue = EscoSearchCatalogue.Load();
        return (catalogue, SkillPhraseMatcher.FromDocuments(catalogue.Documents));
    });

    [Fact]
    public void FrenchEmbeddedDescription_ProposesItsSkills()
    {
        const string text = """
            Nous recherchons un ingénieur logiciel embarqué C++ / Linux embarqué, expérience DO-178C et ARINC 653,
            Python pour les outils, anglais courant. Vous travaillerez avec le chef de projet et l'équipe de test ;
            bonne communication et vue d'ensemble du système attendues. Tableau de bord hebdomadaire.
            """;

        var ids = Ids(text);

        ids.ShouldBe(
        [
            Id(Esco + "b633eb55-8f1f-4ae6-ab4c-2022ffe2cb7f"), // C++
            Id("tescforce:embedded-linux"),
            Id("tescforce:do-178c"),
            Id("tescforce:arinc-653"),
            Id(Esco + "ccd0a1d9-afda-43d9-b901-96344886e14d"), // Python (computer programming)
        ]);
    }

    [Fact]
    public void EnglishDataDescription_ProposesItsSkills()
    {
        const string text = """
            Senior Python developer with PyTorch, Kubernetes and AWS. You will build machine learning pipelines,
            ship them with Docker and monitor them with Prometheus. It is a remote role: you react quickly to
            incidents, design and test carefully, and keep communication with the team open.
            """;

        var ids = Ids(text);

        ids.ShouldBe(
        [
            Id(Esco + "ccd0a1d9-afda-43d9-b901-96344886e14d"), // Python (computer programming)
            Id("tescforce:pytorch"),
            Id("tescforce:kubernetes"),
            Id("tescforce:aws"),
            Id(Esco + "3a2d5b45-56e4-4f5a-a55a-4a4a65afdc43"), // machine learning
            Id("tescforce:docker"),
            Id("tescforce:prometheus"),
        ]);
    }

    [Fact]
    public void SingleLetterAndGo_AreProposedOnlyAsLanguages()
    {
        var c = Id("tescforce:c-language");
        var go = Id("tescforce:go-language");
        var r = Id(Esco + "51586df8-1c46-4b47-8583-773cb63bf00b");

        Ids("Développement en C et en Go, scripts en R.").ShouldBe([c, go, r]);
        Ids("Département R&D, poste de C-level, machine de 16 Go de RAM. Go live en mars.").ShouldBeEmpty();
    }

    [Theory]
    [InlineData("""
        Au sein de la direction des systèmes d'information, vous rejoindrez une équipe de 10 personnes en charge de la
        refonte du portail client. Vous participerez aux ateliers avec les métiers, rédigerez les spécifications et
        assurerez le suivi de la recette. Vous serez force de proposition et autonome. Le poste est basé à Paris.
        """)]
    [InlineData("""
        We are looking for a consultant to help our team improve the performance of our web application. You will
        analyse the current architecture, propose changes and implement them with the team. The project lasts six
        months and may be extended; it is less about process than about results. Travel to Lyon once a month.
        """)]
    [InlineData("Chef de projet informatique, IT manager. Avec plaisir. Source code access. Less is more. Call center.")]
    public void DescriptionWithoutTechnicalSkills_ProposesNothing(string text)
    {
        Real.Value.Matcher.Match(text).Select(m => m.MatchedText).ShouldBeEmpty();
    }

    [Fact]
    public void ProposalsShowTheTextAsWritten()
    {
        const string text = "Stack : ASP.NET Core, C#, cybersécurité (OWASP), CI/CD GitLab.";

        var matched = Real.Value.Matcher.Match(text).Select(m => m.MatchedText);

        matched.ShouldBe(["ASP.NET Core", "C#", "cybersécurité", "OWASP", "CI/CD"]);
    }

    [Fact]
    public void LongDescription_IsReadQuickly()
    {
        var paragraph = "Ingénieur C++ / Linux embarqué, DO-178C, ARINC 653, Python, machine learning, Kubernetes. ";
        var text = string.Concat(Enumerable.Repeat(paragraph, SkillPhraseMatcher.MaxTextLength / paragraph.Length + 1));
        Real.Value.Matcher.Match("warm-up");
        var stopwatch = System.Diagnostics.Stopwatch.StartNew();

        var matches = Real.Value.Matcher.Match(text);

        stopwatch.Elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(1));
        matches.Count.ShouldBe(7);
    }

    private static int[] Ids(string text) => [.. Real.Value.Matcher.Match(text).Select(m => m.SkillId)];

    private static int Id(string key) => Real.Value.Catalogue.IdOf(key) ?? throw new InvalidOperationException($"{key} is not in the catalogue.");
}
