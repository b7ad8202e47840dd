using System.Globalization;
using System.Resources;
using System.Text.RegularExpressions;
using TescForce.Web;

namespace TescForce.UnitTests.Web;

/// <summary>A component asking for a key that the resources lack would show the raw key to users.</summary>
public sealed partial class ResourceKeyUsageTests
{
    [Fact]
    public void EveryLiteralKeyUsedByAComponent_ExistsInEnglishAndFrench()
    {
        var components = Path.Combine(RepositoryFiles.Root(), "src", "TescForce.Web", "Components");
        var used = Directory.EnumerateFiles(components, "*.razor", SearchOption.AllDirectories)
            .SelectMany(file => LiteralKey().Matches(File.ReadAllText(file)).Select(m => (Key: m.Groups[1].Value, File: Path.GetFileName(file))))
            .ToList();
        var manager = new ResourceManager("TescForce.Web.Resources.SharedResource", typeof(SharedResource).Assembly);

        used.ShouldNotBeEmpty();
        var missing = used
            .Where(u => manager.GetString(u.Key, CultureInfo.InvariantCulture) is null
                || manager.GetResourceSet(CultureInfo.GetCultureInfo("fr"), true, false)?.GetString(u.Key) is null)
            .Select(u => $"{u.Key} ({u.File})")
            .Distinct()
            .ToList();
        missing.ShouldBeEmpty();
    }

    [GeneratedRegex("""L\["([A-Za-z0-9_]+)"\]""")]
    private static partial Regex LiteralKey();
}
