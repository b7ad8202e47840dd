using System.ComponentModel.DataAnnotations;
using System.Globalization;
using TescForce.Application.Common;
using TescForce.Application.Companies;
using TescForce.Domain.Resources;

namespace TescForce.UnitTests.Resources;

/// <summary>The Domain and Application messages follow the current UI culture, at the moment they are produced.</summary>
public sealed class MessageResourceTests
{
    [Fact]
    public void EveryAccessorProperty_FindsItsText_InTheEmbeddedResource()
    {
        var missing = typeof(Messages).GetProperties()
            .Where(p => p.PropertyType == typeof(string))
            .Where(p => Messages.ResourceManager.GetString(p.Name, CultureInfo.InvariantCulture) is null)
            .Select(p => p.Name)
            .ToList();

        missing.ShouldBeEmpty();
    }

    [Theory]
    [InlineData("en", "The company name is required.")]
    [InlineData("en-GB", "The company name is required.")]
    [InlineData("fr", "Le nom de l'entreprise est obligatoire.")]
    [InlineData("fr-FR", "Le nom de l'entreprise est obligatoire.")]
    public void ADataAnnotationMessage_IsInTheCurrentUICulture(string culture, string expected)
    {
        var errors = InCulture(culture, () => InputValidation.Collect(new CompanyRegistration { Name = "" }));

        errors[nameof(CompanyRegistration.Name)].ShouldContain(expected);
    }

    [Theory]
    [InlineData("en", "The file has more than 5,000 rows. Split it into several files.")]
    [InlineData("fr", "Le fichier compte plus de 5\u202f000 lignes. Répartissez-le en plusieurs fichiers.")]
    public void AFormattedMessage_UsesTheCultureForTextAndNumbers(string culture, string expected)
    {
        var message = InCulture(culture, () => Messages.Format(Messages.Consultants_FileMoreThanN0, 5000));

        message.ShouldBe(expected);
    }

    [Fact]
    public void AValidationAttribute_ResolvesItsResource()
    {
        var attribute = new RequiredAttribute { ErrorMessageResourceType = typeof(Messages), ErrorMessageResourceName = nameof(Messages.Shared_CityRequired) };

        var result = InCulture("fr", () => attribute.GetValidationResult(null, new ValidationContext(new object()) { MemberName = "City" }));

        result!.ErrorMessage.ShouldBe("La ville est obligatoire.");
    }

    private static T InCulture<T>(string name, Func<T> action)
    {
        var (culture, uiCulture) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(name);
        try
        {
            return action();
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (culture, uiCulture);
        }
    }
}
