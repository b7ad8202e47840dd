using System.Text.RegularExpressions;

namespace TescForce.UnitTests.Web;

/// <summary>
/// What a component shows comes from the resources (<c>L["Key"]</c>), so that it exists in English and French: a
/// literal sentence between tags, a literal label, placeholder, title or aria-label, or a literal status or snackbar
/// message in a .razor file fails here.
/// </summary>
public sealed partial class HardCodedTextTests
{
    // Files that may keep literal text, and why.
    private static readonly HashSet<string> KnownExceptions = new(StringComparer.Ordinal)
    {
        // The ESCO licence asks for its attribution sentence word for word, in English.
        "About.razor",
    };

    [Fact]
    public void Components_ShowNoHardCodedText()
    {
        var components = Path.Combine(RepositoryFiles.Root(), "src", "TescForce.Web", "Components");
        var files = Directory.EnumerateFiles(components, "*.razor", SearchOption.AllDirectories).ToList();

        var found = files
            .Where(file => !KnownExceptions.Contains(Path.GetFileName(file)))
            .SelectMany(file => Find(File.ReadAllText(file)).Select(text => $"{Path.GetFileName(file)}: {text}"))
            .ToList();

        files.ShouldNotBeEmpty();
        found.ShouldBeEmpty();
    }

    [Theory]
    [InlineData("""<label for="Input.Email" class="form-label">Email address here</label>""")]
    [InlineData("""<h3>Manage your passkeys</h3>""")]
    [InlineData("""<MudTextField Label="Full name" @bind-Value="_name" />""")]
    [InlineData("""<MudTextField Placeholder="Search" />""")]
    [InlineData("""<input placeholder="Enter your phone number" />""")]
    [InlineData("""<MudIconButton aria-label="Delete" />""")]
    [InlineData("""<button title="Rename this passkey">""")]
    [InlineData("""RedirectManager.RedirectToWithStatus("Account/Login", "Error loading external login information.", HttpContext);""")]
    [InlineData("""RedirectManager.RedirectToCurrentPageWithStatus("Your profile has been updated", HttpContext);""")]
    [InlineData("""Snackbar.Add("The profile is saved.", Severity.Success);""")]
    public void TheGuard_RecognisesHardCodedText(string markup) => Find(markup).ShouldNotBeEmpty();

    [Theory]
    [InlineData("""<label for="Input.Email" class="form-label">@L["Account_EmailLabel"]</label>""")]
    [InlineData("""<MudTextField Label="@L["Consultant_Name"]" Placeholder="@L["Search"]" />""")]
    [InlineData("""<input placeholder="name@example.com" />""")]
    [InlineData("""<MudText Typo="Typo.h4" HtmlTag="h1">@L["About_Title"]</MudText>""")]
    [InlineData("""    /// <summary>Changes a filter and searches again from the first page.</summary>""")]
    [InlineData("""RedirectManager.RedirectToWithStatus("Account/Login", L["Account_ExternalLoginLoadError"], HttpContext);""")]
    [InlineData("""<a href="https://go.microsoft.com/fwlink/?Linkid=825072">Android</a>""")]
    public void TheGuard_AcceptsTextFromResources(string markup) => Find(markup).ShouldBeEmpty();

    private static IEnumerable<string> Find(string razor)
    {
        // Comments (/// <summary>…) are not shown to anyone.
        var shown = string.Join('\n', razor.Split('\n').Where(line => !line.TrimStart().StartsWith("//", StringComparison.Ordinal)));
        return new[] { LiteralAttribute(), LiteralSentence(), LiteralMessage() }
            .SelectMany(pattern => pattern.Matches(shown).Select(m => m.Value.ReplaceLineEndings(" ").Trim()));
    }

    // Label="Full name", placeholder="Enter…", aria-label="Delete": a capitalised word, not "@L[…]" nor "name@example.com".
    [GeneratedRegex(@"(?<![\w-])(?:Label|Placeholder|HelperText|Title|Text|aria-label|title|placeholder|alt)=""[A-Z][a-z]+(?:\s[^""@]*)?""")]
    private static partial Regex LiteralAttribute();

    // >Manage your passkeys<: text of three words or more between tags.
    [GeneratedRegex(@">\s*[A-Z][a-z']*(?:\s+[a-z']+){2,}[^<>@]*<")]
    private static partial Regex LiteralSentence();

    // A literal holding a space among the arguments of a status redirect or a snackbar.
    [GeneratedRegex("""(?:WithStatus|Snackbar\.Add)\((?:[^;"]|"[^"\s]*")*?\$?"[A-Z][a-z]+ [a-z]""")]
    private static partial Regex LiteralMessage();
}
