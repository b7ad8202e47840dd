using System.Collections;
using System.Globalization;
using System.Resources;
using System.Text.RegularExpressions;
using TescForce.Domain.Resources;
using TescForce.Web;

namespace TescForce.UnitTests.Web;

/// <summary>Every interface string and every message exists in English and in French, is not empty, and has the same placeholders.</summary>
public sealed partial class ResourceParityTests
{
    private static readonly Dictionary<string, ResourceManager> Managers = new()
    {
        ["SharedResource"] = new(typeof(SharedResource).FullName!.Replace("TescForce.Web.", "TescForce.Web.Resources.", StringComparison.Ordinal), typeof(SharedResource).Assembly),
        ["MudTranslations"] = new(typeof(MudTranslations).FullName!.Replace("TescForce.Web.", "TescForce.Web.Resources.", StringComparison.Ordinal), typeof(SharedResource).Assembly),
        ["Messages"] = Messages.ResourceManager,
    };

    public static TheoryData<string> ResourceFiles => [.. Managers.Keys];

    [Theory]
    [MemberData(nameof(ResourceFiles))]
    public void EnglishAndFrench_HaveTheSameKeys_AndNoEmptyValue(string resource)
    {
        var (english, french) = EnglishAndFrench(resource);

        english.ShouldNotBeEmpty();
        english.Keys.Except(french.Keys).ShouldBeEmpty("keys missing in French");
        french.Keys.Except(english.Keys).ShouldBeEmpty("keys missing in English");
        english.Concat(french).Where(e => string.IsNullOrWhiteSpace(e.Value)).Select(e => e.Key).ShouldBeEmpty("empty values");
    }

    [Theory]
    [MemberData(nameof(ResourceFiles))]
    public void EnglishAndFrench_HaveTheSamePlaceholders(string resource)
    {
        var (english, french) = EnglishAndFrench(resource);

        var different = english.Keys.Intersect(french.Keys)
            .Where(key => Placeholders(english[key]) != Placeholders(french[key]))
            .Select(key => $"{key}: {Placeholders(english[key])} / {Placeholders(french[key])}")
            .ToList();

        different.ShouldBeEmpty();
    }

    private static (Dictionary<string, string?> English, Dictionary<string, string?> French) EnglishAndFrench(string resource) =>
        (Entries(Managers[resource], CultureInfo.InvariantCulture), Entries(Managers[resource], CultureInfo.GetCultureInfo("fr")));

    /// <summary>The distinct indexes used, such as "0,1": a translation may reorder them or change their format, not drop or add one.</summary>
    private static string Placeholders(string? text) =>
        string.Join(",", Placeholder().Matches(text ?? "").Select(m => int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)).Distinct().Order());

    private static Dictionary<string, string?> Entries(ResourceManager manager, CultureInfo culture)
    {
        var set = manager.GetResourceSet(culture, createIfNotExists: true, tryParents: false)
            ?? throw new InvalidOperationException($"No {culture.Name} resources for {manager.BaseName}");
        return set.Cast<DictionaryEntry>().ToDictionary(e => (string)e.Key, e => e.Value as string);
    }

    [GeneratedRegex(@"(?<!\{)\{(\d+)(?:[,:][^}]*)?\}")]
    private static partial Regex Placeholder();
}
