using TescForce.Application.Missions.Text;

namespace TescForce.UnitTests.Missions.Text;

public sealed class SkillPhraseMatcherTests
{
    private const int MachineLearning = 1;
    private const int Learning = 2;
    private const int CPlusPlus = 3;
    private const int CSharp = 4;
    private const int DotNet = 5;
    private const int NodeJs = 6;
    private const int C = 7;
    private const int Go = 8;
    private const int R = 9;
    private const int React = 10;
    private const int VueJs = 11;
    private const int Java = 12;
    private const int JavaScript = 13;
    private const int ProjectManagement = 14;
    private const int CyberSecurity = 15;
    private const int Linux = 16;
    private const int EmbeddedLinux = 17;
    private const int ComputerTechnology = 18;
    private const int Communicating = 19;
    private const int AspNet = 21;
    private const int CiCd = 23;
    private const int NaturalLanguageProcessing = 24;
    private const int ConfigurationTools = 25;
    private const int Tableau = 26;
    private const int DataScience = 27;
    private const int ScienceFiction = 28;
    private const int Doors = 29;
    private const int Python = 30;
    private const int Sql = 31;
    private const int FlightSoftware = 32;
    private const int MobileDeviceManagement = 33;
    private const int Rust = 34;
    private const int CommunicationProtocols = 35;
    private const int FaultTreeAnalysis = 36;
    private const int TensorFlow = 37;

    private static readonly SkillPhraseMatcher Matcher = new(
    [
        // Preferred labels first, then synonyms, as the catalogue gives them.
        ("machine learning", MachineLearning),
        ("learning", Learning),
        ("C++", CPlusPlus),
        ("C#", CSharp),
        (".NET", DotNet),
        ("Node.js", NodeJs),
        ("C (computer programming)", C),
        ("Go (computer programming)", Go),
        ("R", R),
        ("React", React),
        ("Vue.js", VueJs),
        ("Java", Java),
        ("JavaScript", JavaScript),
        ("project management", ProjectManagement),
        ("gestion de projet", ProjectManagement),
        ("cyber security", CyberSecurity),
        ("cybersécurité", CyberSecurity),
        ("Linux", Linux),
        ("embedded Linux", EmbeddedLinux),
        ("Linux embarqué", EmbeddedLinux),
        ("computer technology", ComputerTechnology),
        ("communicating", Communicating),
        ("ASP.NET", AspNet),
        ("continuous integration and continuous delivery", CiCd),
        ("natural language processing", NaturalLanguageProcessing),
        ("Chef (tools for software configuration management)", ConfigurationTools),
        ("Tableau", Tableau),
        ("data science", DataScience),
        ("science fiction", ScienceFiction),
        ("IBM DOORS", Doors),
        ("Python (computer programming)", Python),
        ("SQL", Sql),
        ("flight software development", FlightSoftware),
        ("mobile device management", MobileDeviceManagement),
        ("Rust (computer programming)", Rust),
        ("communication protocols", CommunicationProtocols),
        ("fault tree analysis", FaultTreeAnalysis),
        ("TensorFlow", TensorFlow),
        ("Java", 99),
        ("ML", MachineLearning),
        ("apprentissage automatique", MachineLearning),
        ("Golang", Go),
        ("ReactJS", React),
        ("Vue", VueJs),
        ("IT", ComputerTechnology),
        ("communication", Communicating),
        ("design", 98),
        ("CI/CD", CiCd),
        ("TAL", NaturalLanguageProcessing),
        ("DOORS", Doors),
        ("Python", Python),
        ("logiciel de vol", FlightSoftware),
        ("AVEC", MobileDeviceManagement),
        ("AdD", FaultTreeAnalysis),
        ("TF", TensorFlow),
    ]);

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  \n ")]
    [InlineData("Nous recherchons une personne motivée pour rejoindre notre équipe à Lyon.")]
    public void Match_TextWithoutSkills_ProposesNothing(string? text)
    {
        Matcher.Match(text).ShouldBeEmpty();
    }

    [Theory]
    [InlineData("Expertise en cybersécurité.")]
    [InlineData("EXPERTISE EN CYBERSECURITE")]
    [InlineData("Cyber-Security expertise")]
    [InlineData("cyber security")]
    public void Match_IgnoresCaseAccentsAndPunctuationInsideALabel(string text)
    {
        Ids(text).ShouldBe([CyberSecurity]);
    }

    [Fact]
    public void Match_LongestLabelWins_SoLearningIsNotProposedInsideMachineLearning()
    {
        Ids("Solid machine learning background; continuous learning culture.").ShouldBe([MachineLearning, Learning]);
        Ids("Machine Learning engineer").ShouldBe([MachineLearning]);
    }

    [Fact]
    public void Match_LabelInsideALongerOne_IsProposedOnlyWhereItStandsAlone()
    {
        Ids("Linux embarqué (Yocto).").ShouldBe([EmbeddedLinux]);
        Ids("Linux embarqué et administration Linux.").ShouldBe([EmbeddedLinux, Linux]);
    }

    [Fact]
    public void Match_OverlappingLabels_AreBothProposed()
    {
        Ids("A data science fiction writer").ShouldBe([DataScience, ScienceFiction]);
    }

    [Theory]
    [InlineData("We use machine. Learning is key.")]
    [InlineData("Tools: machine, learning")]
    [InlineData("machine (learning)")]
    [InlineData("machine\nlearning")]
    public void Match_PhraseDoesNotRunAcrossPunctuation(string text)
    {
        Ids(text).ShouldBe([Learning]);
    }

    [Fact]
    public void Match_TechnologyTokens_StayWhole()
    {
        var matches = Matcher.Match("Stack : C++, C#, .NET, Node.js et ASP.NET ; JavaScript, pas Java.");

        matches.Select(m => m.SkillId).ShouldBe([CPlusPlus, CSharp, DotNet, NodeJs, AspNet, JavaScript, Java]);
        matches.Select(m => m.MatchedText).ShouldBe(["C++", "C#", ".NET", "Node.js", "ASP.NET", "JavaScript", "Java"]);
    }

    [Theory]
    [InlineData("React.js", React)]
    [InlineData("nodejs", NodeJs)]
    [InlineData("NodeJS", NodeJs)]
    [InlineData("C++17", CPlusPlus)]
    [InlineData("C++20", CPlusPlus)]
    [InlineData("C#12", CSharp)]
    [InlineData("dotnet", DotNet)]
    [InlineData("Golang", Go)]
    [InlineData("Python 3.12", Python)]
    public void Match_VariantSpellings_FindTheSkill(string written, int expected)
    {
        var match = Matcher.Match($"Expérience {written} requise.").ShouldHaveSingleItem();

        match.SkillId.ShouldBe(expected);
        match.MatchedText.ShouldBe(written.Split(' ')[0]);
    }

    [Fact]
    public void Match_ReportsTheFirstMentionAsWritten_AndCountsEveryMention()
    {
        const string text = "Strong ML skills. Apprentissage automatique, machine learning again, and ML ops.";

        var match = Matcher.Match(text).ShouldHaveSingleItem();

        match.SkillId.ShouldBe(MachineLearning);
        match.MatchedText.ShouldBe("ML");
        match.FirstIndex.ShouldBe(7);
        match.Occurrences.ShouldBe(4);
    }

    [Fact]
    public void Match_MultiWordMatch_KeepsTheOriginalSpanAndPunctuation()
    {
        const string text = "Bonne pratique de la Gestion-de-Projet.";

        var match = Matcher.Match(text).ShouldHaveSingleItem();

        match.SkillId.ShouldBe(ProjectManagement);
        match.MatchedText.ShouldBe("Gestion-de-Projet");
        match.FirstIndex.ShouldBe(text.IndexOf("Gestion", StringComparison.Ordinal));
    }

    [Fact]
    public void Match_OrdersByFirstMention_AndStopsAtTheLimit()
    {
        const string text = "SQL et Python, puis Java, encore SQL, puis Linux.";

        Ids(text).ShouldBe([Sql, Python, Java, Linux]);
        Matcher.Match(text, limit: 2).Select(m => m.SkillId).ShouldBe([Sql, Python]);
        Matcher.Match(text, limit: 0).ShouldBeEmpty();
    }

    [Fact]
    public void Match_LabelOfTwoSkills_GoesToTheOneGivenFirst()
    {
        Ids("Java").ShouldBe([Java]);
    }

    [Theory]
    [InlineData("Good communication and design sense, in IT.")]
    [InlineData("The design of the test plan; it is a management role.")]
    public void Match_IgnoredWords_AreNotProposedAlone(string text)
    {
        Ids(text).ShouldBeEmpty();
    }

    [Fact]
    public void Match_IgnoredWordInsideALongerLabel_IsProposed()
    {
        Ids("Knowledge of communication protocols (CAN, SPI).").ShouldBe([CommunicationProtocols]);
    }

    [Theory]
    [InlineData("Programmation en langage C sur microcontrôleur.")]
    [InlineData("Développement en C embarqué.")]
    [InlineData("Experience in C is required.")]
    [InlineData("Strong C language skills.")]
    [InlineData("Solid C programming background.")]
    [InlineData("C developer wanted")]
    public void Match_LetterC_CountsWithALanguageCue(string text)
    {
        Ids(text).ShouldBe([C]);
    }

    [Theory]
    [InlineData("C/C++ sur cible", new[] { C, CPlusPlus })]
    [InlineData("Langages : C, C++, Python.", new[] { C, CPlusPlus, Python })]
    [InlineData("C++ et C pour le bas niveau", new[] { CPlusPlus, C })]
    [InlineData("Python, R, SQL", new[] { Python, R, Sql })]
    [InlineData("SQL, R, C", new[] { Sql, R, C })]
    public void Match_SingleLetterLanguage_CountsNextToAnotherSkill(string text, int[] expected)
    {
        Ids(text).ShouldBe(expected);
    }

    [Theory]
    [InlineData("Département R&D de 40 personnes.")]
    [InlineData("Poste de C-level, plan C en cas d'échec, vitamine C.")]
    [InlineData("annexe c du contrat, point c")]
    [InlineData("Experience with R & D teams")]
    [InlineData("Mr R Dupont, catégorie C")]
    public void Match_SingleLetterOutsideATechnicalContext_IsNotProposed(string text)
    {
        Ids(text).ShouldBeEmpty();
    }

    [Theory]
    [InlineData("Backend en Go et Python.", new[] { Go, Python })]
    [InlineData("Go developer (Golang) wanted.", new[] { Go })]
    [InlineData("Langages : Go, Rust.", new[] { Go, Rust })]
    [InlineData("Machine avec 16 Go de RAM et 2 Go de swap.", new int[0])]
    [InlineData("Go to the office twice a week. Let's go!", new int[0])]
    [InlineData("Ready to GO live in March.", new int[0])]
    public void Match_Go_CountsOnlyAsALanguage(string text, int[] expected)
    {
        Ids(text).ShouldBe(expected);
    }

    [Theory]
    [InlineData("Front-end en React et TypeScript.", new[] { React })]
    [InlineData("Migrer de Vue vers React.", new[] { VueJs, React })]
    [InlineData("Tableaux de bord sous Tableau.", new[] { Tableau })]
    [InlineData("Compétences :\n- React\n- Vue\n", new[] { React, VueJs })]
    [InlineData("React, Vue.js", new[] { React, VueJs })]
    [InlineData("Exigences tracées dans DOORS.", new[] { Doors })]
    [InlineData("REACT OU VUE", new[] { React, VueJs })]
    public void Match_OrdinaryWord_CountsWhenWrittenAsAName(string text, int[] expected)
    {
        Ids(text).ShouldBe(expected);
    }

    [Theory]
    [InlineData("You react quickly to incidents.")]
    [InlineData("React et Redux sont appréciés.")]
    [InlineData("Tableau de bord hebdomadaire ; un tableau Excel.")]
    [InlineData("Vue d'ensemble du SI ; point de vue client ; en vue de la recette.")]
    [InlineData("Chef de projet MOA, chef d'équipe.")]
    [InlineData("Close the doors at night.")]
    public void Match_OrdinaryWordUsedAsAWord_IsNotProposed(string text)
    {
        Ids(text).ShouldBeEmpty();
    }

    [Fact]
    public void Match_QualifiedLabel_IsFoundByItsHead_UnderTheSameRules()
    {
        Ids("Déploiement avec Puppet ou Chef.").ShouldBe([ConfigurationTools]);
        Ids("Chef de projet.").ShouldBeEmpty();
    }

    [Theory]
    [InlineData("Spécialiste TAL et traitement de corpus.", new[] { NaturalLanguageProcessing })]
    [InlineData("Un tal de cosas, Tal Cohen.", new int[0])]
    [InlineData("Travail avec l'équipe AVEC.", new[] { MobileDeviceManagement })]
    [InlineData("Travail avec l'équipe, Avec plaisir.", new int[0])]
    [InlineData("Strong ML skills", new[] { MachineLearning })]
    [InlineData("Dose of 5 ml", new int[0])]
    [InlineData("Analyse AdD et AMDEC.", new[] { FaultTreeAnalysis })]
    [InlineData("Add the results, then add more.", new int[0])]
    [InlineData("ML-based ranking with TF", new[] { MachineLearning, TensorFlow })]
    [InlineData("TF-IDF scoring, ticket TF-123456", new int[0])]
    public void Match_ShortAcronym_IsCaseSensitive(string text, int[] expected)
    {
        Ids(text).ShouldBe(expected);
    }

    [Fact]
    public void Match_FrenchTextWithAccentsAndElisions_FindsFrenchLabels()
    {
        const string text = "Développement du logiciel de vol, l’apprentissage automatique et la cybersécurité.";

        Ids(text).ShouldBe([FlightSoftware, MachineLearning, CyberSecurity]);
    }

    [Fact]
    public void Match_ReadsOnlyTheFirstCharacters()
    {
        var text = new string('x', SkillPhraseMatcher.MaxTextLength - 7) + " Java. Python";

        Ids(text).ShouldBe([Java]);
    }

    [Fact]
    public void Match_LongLabels_ArePhrasesLikeOthers()
    {
        Ids("We practise continuous integration and continuous delivery; also CI/CD.").ShouldBe([CiCd]);
        Matcher.Match("continuous integration and continuous delivery, CI/CD")[0].Occurrences.ShouldBe(2);
    }

    private static int[] Ids(string? text) => [.. Matcher.Match(text).Select(m => m.SkillId)];
}
