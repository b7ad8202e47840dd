using TescForce.Application.Skills.Search;

namespace TescForce.UnitTests.Skills;

public sealed class SkillTextNormalizerTests
{
    [Theory]
    [InlineData("Cybersécurité", "cybersecurite")]
    [InlineData("GARÇON", "garcon")]
    [InlineData("Œuvre cœur", "oeuvre coeur")]
    [InlineData("Æsir", "aesir")]
    [InlineData("Straße", "strasse")]
    [InlineData("Łódź", "lodz")]
    [InlineData("e\u0301cole", "ecole")]
    [InlineData("Système Embarqué", "systeme embarque")]
    public void Normalize_AccentsAndCase_AreFolded(string text, string expected) =>
        SkillTextNormalizer.Normalize(text).ShouldBe(expected);

    [Theory]
    [InlineData("l'apprentissage", "l apprentissage")]
    [InlineData("l’apprentissage", "l apprentissage")]
    [InlineData("front-end_dev/ops\\x", "front end dev ops x")]
    [InlineData("  many   spaces\t\nhere  ", "many spaces here")]
    [InlineData("Objective–C — (2.0)", "objective c 2.0")]
    [InlineData("end of sentence.", "end of sentence")]
    [InlineData("#hashtag +1", "hashtag 1")]
    public void Normalize_PunctuationAndWhitespace_BecomeSingleSpaces(string text, string expected) =>
        SkillTextNormalizer.Normalize(text).ShouldBe(expected);

    [Theory]
    [InlineData("C#", "c#")]
    [InlineData("C", "c")]
    [InlineData("C++", "c++")]
    [InlineData("C/C++", "c c++")]
    [InlineData("F#", "f#")]
    [InlineData("Notepad++", "notepad++")]
    [InlineData(".NET", ".net")]
    [InlineData("dotnet", ".net")]
    [InlineData("DotNet Core", ".net core")]
    [InlineData("ASP.NET", "asp.net")]
    [InlineData("C#/.NET", "c# .net")]
    [InlineData("C#.NET", "c#.net")]
    [InlineData("Node.js", "node.js")]
    [InlineData("I know C#.", "i know c#")]
    public void Normalize_TechnologyTokens_KeepTheirMeaning(string text, string expected) =>
        SkillTextNormalizer.Normalize(text).ShouldBe(expected);

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("!?,;")]
    [InlineData("😀🚀")]
    [InlineData("\uD800")]
    [InlineData("\u0000\u0001\u001F")]
    public void Normalize_NothingToKeep_GivesTheEmptyString(string? text) =>
        SkillTextNormalizer.Normalize(text).ShouldBe("");

    [Fact]
    public void Normalize_LoneSurrogatesAndEmoji_SeparateWords()
    {
        SkillTextNormalizer.Normalize("java\uDC00script😀kubernetes\uD83D").ShouldBe("java script kubernetes");
    }

    [Fact]
    public void Normalize_AVeryLongText_IsHandled()
    {
        var text = string.Concat(Enumerable.Repeat("Développement .NET, ", 2000));

        var normalized = SkillTextNormalizer.Normalize(text);

        normalized.ShouldStartWith("developpement .net developpement .net");
        normalized.Length.ShouldBe((2000 * "developpement .net ".Length) - 1);
    }

    [Fact]
    public void Tokenize_SplitsTheNormalisedText()
    {
        SkillTextNormalizer.Tokenize("Développement Web/.NET & C#").ShouldBe(["developpement", "web", ".net", "c#"]);
        SkillTextNormalizer.Tokenize("  ").ShouldBeEmpty();
    }

    [Fact]
    public void TokenVariants_ADottedName_AlsoStandsForItsPartsAndItsDotlessSpelling()
    {
        SkillTextNormalizer.TokenVariants("asp.net").ShouldBe(["asp.net", "aspnet", "asp", ".net"]);
        SkillTextNormalizer.TokenVariants("node.js").ShouldBe(["node.js", "nodejs", "node", ".js"]);
        SkillTextNormalizer.TokenVariants(".net").ShouldBe([".net"]);
        SkillTextNormalizer.TokenVariants("2.0").ShouldBe(["2.0"]);
        SkillTextNormalizer.TokenVariants("c#").ShouldBe(["c#"]);
    }

    [Theory]
    [InlineData("asp net", "aspnet")]
    [InlineData("asp.net", "aspnet")]
    [InlineData("e learning", "elearning")]
    [InlineData(".net", ".net")]
    [InlineData("visual studio .net", "visualstudionet")]
    public void Compact_DropsSpacesAndInnerDots(string normalized, string expected) =>
        SkillTextNormalizer.Compact(normalized).ShouldBe(expected);
}
