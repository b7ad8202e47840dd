using System.Collections;
using System.Globalization;
using System.Resources;
using TescForce.Web;

namespace TescForce.UnitTests.Web;

/// <summary>Every interface string exists in English and in French, and is not empty.</summary>
public sealed class ResourceParityTests
{
    public static TheoryData<string> ResourceFiles => new()
    {
        typeof(SharedResource).FullName!.Replace("TescForce.Web.", "TescForce.Web.Resources.", StringComparison.Ordinal),
        typeof(MudTranslations).FullName!.Replace("TescForce.Web.", "TescForce.Web.Resources.", StringComparison.Ordinal),
    };

    [Theory]
    [MemberData(nameof(ResourceFiles))]
    public void EnglishAndFrench_HaveTheSameKeys_AndNoEmptyValue(string baseName)
    {
        var manager = new ResourceManager(baseName, typeof(SharedResource).Assembly);

        var english = Entries(manager, CultureInfo.InvariantCulture);
        var french = Entries(manager, CultureInfo.GetCultureInfo("fr"));

        english.ShouldNotBeEmpty();
        english.Keys.Except(french.Keys).ShouldBeEmpty("keys missing in French");
        french.Keys.Except(english.Keys).ShouldBeEmpty("keys missing in English");
        english.Concat(french).Where(e => string.IsNullOrWhiteSpace(e.Value)).Select(e => e.Key).ShouldBeEmpty("empty values");
    }

    private static Dictionary<string, string?> Entries(ResourceManager manager, CultureInfo culture)
    {
        var set = manager.GetResourceSet(culture, createIfNotExists: true, tryParents: false)
            ?? throw new InvalidOperationException($"No {culture.Name} resources for {manager.BaseName}");
        return set.Cast<DictionaryEntry>().ToDictionary(e => (string)e.Key, e => e.Value as string);
    }
}
