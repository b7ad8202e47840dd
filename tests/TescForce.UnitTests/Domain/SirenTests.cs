using TescForce.Domain.Companies;

namespace TescForce.UnitTests.Domain;

public sealed class SirenTests
{
    [Theory]
    [InlineData("842135576", "842135576")]
    [InlineData("842 135 576", "842135576")]
    [InlineData("901000000", "901000000")]
    [InlineData("732829320", "732829320")]
    public void TryParse_AcceptsNineDigitsWithAValidLuhnChecksum(string input, string expected)
    {
        Siren.TryParse(input, out var siren, out var error).ShouldBeTrue(error);

        siren.Value.ShouldBe(expected);
    }

    [Theory]
    [InlineData("842135577", "check digit")]
    [InlineData("84213557", "exactly 9 digits")]
    [InlineData("8421355761", "exactly 9 digits")]
    [InlineData("84213557A", "exactly 9 digits")]
    [InlineData("８４２１３５５７６", "exactly 9 digits")]
    [InlineData("", "required")]
    [InlineData(null, "required")]
    public void TryParse_RefusesOtherInputWithAClearMessage(string? input, string messagePart)
    {
        Siren.TryParse(input, out _, out var error).ShouldBeFalse();

        error.ShouldNotBeNull().ShouldContain(messagePart);
    }
}
