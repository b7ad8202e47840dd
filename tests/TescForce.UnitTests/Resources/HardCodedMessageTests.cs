using System.Text.RegularExpressions;

namespace TescForce.UnitTests.Resources;

/// <summary>
/// A message the Domain or Application layer gives users comes from Resources/Messages*.tsv, so that it exists in
/// English and French: a literal sentence in a validation attribute, a validation error or a user-facing exception fails here.
/// </summary>
public sealed partial class HardCodedMessageTests
{
    [Fact]
    public void DomainAndApplication_GiveNoHardCodedMessage()
    {
        var sources = new[] { "TescForce.Domain", "TescForce.Application" }
            .SelectMany(project => Directory.EnumerateFiles(Path.Combine(RepositoryFiles.Root(), "src", project), "*.cs", SearchOption.AllDirectories))
            .Where(file => !file.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !file.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .ToList();

        var found = sources
            .SelectMany(file => HardCodedMessage().Matches(File.ReadAllText(file))
                .Select(m => $"{Path.GetFileName(file)}: {m.Value.ReplaceLineEndings(" ")}"))
            .ToList();

        sources.ShouldNotBeEmpty();
        found.ShouldBeEmpty();
    }

    [Theory]
    [InlineData("""[Required(ErrorMessage = "The city is required.")]""")]
    [InlineData("""throw new ValidationFailedException("Text", "Paste at most 20,000 characters.");""")]
    [InlineData("""throw new ValidationFailedException(nameof(query.Text), $"Search with at most {Max} characters.");""")]
    [InlineData("""InputValidation.Add(errors, nameof(input.Skills), "A skill appears twice.");""")]
    [InlineData("throw new DomainException(\"mission.closed\",\n    \"This mission is already closed.\");")]
    [InlineData("""?? throw new NotFoundException("This company does not exist.");""")]
    [InlineData("""throw new ForbiddenAccessException($"This action requires the {role} role.");""")]
    [InlineData("""cell.Error(ImportIssueCodes.RowInteger, $"\"{Text}\" is not a whole number.", Text);""")]
    public void TheGuard_RecognisesTheOldPatterns(string code) => HardCodedMessage().IsMatch(code).ShouldBeTrue();

    [Theory]
    [InlineData("""[Required(ErrorMessageResourceType = typeof(Messages), ErrorMessageResourceName = nameof(Messages.Shared_CityRequired))]""")]
    [InlineData("""throw new ValidationFailedException("Text", Messages.Missions_PasteMost20000);""")]
    [InlineData("""throw new DomainException("mission.closed", Messages.Missions_MissionAlreadyClosed);""")]
    [InlineData("""InputValidation.Add(errors, prefix + "Id", Messages.Consultants_GiveConsultantIdTheir);""")]
    [InlineData("""ImportIssue.ForFile(ImportIssueCodes.FileUtf16, Messages.Consultants_FileIsUtf16 + " " + SaveAsUtf8);""")]
    public void TheGuard_AcceptsMessagesFromResources(string code) => HardCodedMessage().IsMatch(code).ShouldBeFalse();

    // ErrorMessage = "…", or a literal holding a space (a sentence, not a field name or a code) among the arguments
    // of a call that reports to users.
    [GeneratedRegex(@"ErrorMessage\s*=\s*\$?""|(?:\bnew\s+(?:ValidationFailedException|NotFoundException|ForbiddenAccessException|ConcurrencyConflictException|DomainException|ImportIssue)|\bImportIssue\.ForFile|\bInputValidation\.Add|\bError)\((?:[^;""]|""[^""\s]*"")*?\$?""[^""\n]*[A-Za-z][^""\n]*\s[^""\n]*[A-Za-z][^""\n]*""")]
    private static partial Regex HardCodedMessage();
}
