using Microsoft.AspNetCore.Identity;
using TescForce.Infrastructure.Identity;

namespace TescForce.UnitTests.Infrastructure;

public sealed class CommonPasswordValidatorTests
{
    private readonly CommonPasswordValidator _validator = new(new TescForceIdentityErrorDescriber());

    [Fact]
    public void The_shipped_list_holds_at_least_ten_thousand_passwords()
    {
        // Fails if the embedded file is missing (Load throws) or was cut short.
        CommonPasswords.Count.ShouldBeGreaterThanOrEqualTo(10_000);
    }

    [Theory]
    [InlineData("password1234")]
    [InlineData("qwertyuiop123")]
    [InlineData("QwertyUiop123")]
    [InlineData("123456789012")]
    public async Task A_password_of_the_list_is_refused_whatever_its_case(string password)
    {
        var result = await Validate(password);

        result.Succeeded.ShouldBeFalse();
        result.Errors.Single().Code.ShouldBe(TescForceIdentityErrorDescriber.CommonPasswordCode);
    }

    [Fact]
    public async Task A_long_passphrase_is_accepted()
    {
        (await Validate("the blue heron fishes at dawn on the garonne")).Succeeded.ShouldBeTrue();
    }

    [Theory]
    [InlineData("jeanne.martin@naviga.example")]
    [InlineData("Jeanne.Martin")]
    public async Task The_e_mail_address_or_its_local_part_is_refused(string password)
    {
        var result = await Validate(password, email: "jeanne.martin@naviga.example");

        result.Errors.Single().Code.ShouldBe(TescForceIdentityErrorDescriber.PasswordIsEmailCode);
    }

    private Task<IdentityResult> Validate(string password, string? email = null) =>
        _validator.ValidateAsync(null!, new ApplicationUser { Email = email, UserName = email }, password);
}
