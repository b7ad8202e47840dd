using TescForce.Application.Missions.Text;
using TescForce.Application.Skills.Search;

namespace TescForce.UnitTests.Missions.Text;

public sealed class TextTokenizerTests
{
    [Theory]
    [InlineData("Nous recherchons un ingénieur C++ / Linux embarqué, expérience DO-178C.")]
    [InlineData("C#, F#, .NET 8, ASP.NET Core, Node.js, dotnet, C#.NET, notepad++ et +33 6 12")]
    [InlineData("l’apprentissage automatique, l'IA, «cybersécurité», Œuvre, Straße, ÆTHER")]
    [InlineData("fin de phrase. Suite... etc.. e.g. i.e. v1.2.3 a..b .x +y #z x+.y")]
    [InlineData("cafe\u0301 zero\u200Bwidth soft\u00ADhyphen 😀 emoji ⅓ Ωmega Ковальски")]
    [InlineData("  tabs\tand\nnew\r\nlines__under_scores -dash- (paren) [bracket] {brace} \"quote\" ")]
    public void Tokenize_GivesTheNormalizersWords(string text)
    {
        var tokens = TextTokenizer.Tokenize(text);

        tokens.Select(t => t.Normalized).ShouldBe(SkillTextNormalizer.Tokenize(text));
    }

    [Fact]
    public void Tokenize_KeepsWhereEachWordStands()
    {
        const string text = "Stack: C++17, .NET, Node.js; l’IA.";

        var tokens = TextTokenizer.Tokenize(text);

        tokens.Select(t => text.Substring(t.Start, t.Length)).ShouldBe(["Stack", "C++17", ".NET", "Node.js", "l", "IA"]);
        tokens.Select(t => t.Normalized).ShouldBe(["stack", "c++17", ".net", "node.js", "l", "ia"]);
    }
}
