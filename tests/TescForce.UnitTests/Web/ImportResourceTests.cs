using System.Globalization;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using TescForce.Application.Consultants.Import;
using TescForce.Web;

namespace TescForce.UnitTests.Web;

/// <summary>The import page builds these resource keys at run time, so the missing-keys script cannot see them.</summary>
public sealed class ImportResourceTests
{
    private static readonly IStringLocalizer Localizer = new ResourceManagerStringLocalizerFactory(
        Options.Create(new LocalizationOptions { ResourcesPath = "Resources" }), NullLoggerFactory.Instance).Create(typeof(SharedResource));

    public static TheoryData<string> Keys()
    {
        var keys = new TheoryData<string>();
        foreach (var key in ImportIssueCodes.All.Select(c => "ImportIssue_" + c)
            .Concat(ConsultantCsvFormat.ImportColumns.Select(c => "ImportColumn_" + c.Name))
            .Concat(Enum.GetNames<ImportRowAction>().Select(a => "Import_Action_" + a)))
        {
            keys.Add(key);
        }

        return keys;
    }

    [Theory]
    [MemberData(nameof(Keys))]
    public void Every_key_the_import_page_builds_exists_in_english_and_french(string key)
    {
        foreach (var culture in new[] { "en", "fr" })
        {
            var previous = CultureInfo.CurrentUICulture;
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
            try
            {
                Localizer[key].ResourceNotFound.ShouldBeFalse($"{key} ({culture})");
            }
            finally
            {
                CultureInfo.CurrentUICulture = previous;
            }
        }
    }
}
