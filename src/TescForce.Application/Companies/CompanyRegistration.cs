using System.ComponentModel.DataAnnotations;
using TescForce.Application.Common;

namespace TescForce.Application.Companies;

/// <summary>A member company and its first user, as typed in the registration form.</summary>
public sealed class CompanyRegistration
{
    [Required(ErrorMessage = "The company name is required.")]
    [StringLength(200, MinimumLength = 2, ErrorMessage = "The company name has 2 to 200 characters.")]
    public string Name { get; set; } = "";

    [Required(ErrorMessage = "The SIREN number is required.")]
    [StringLength(11, ErrorMessage = "A SIREN number has exactly 9 digits.")]
    public string Siren { get; set; } = "";

    [Required(ErrorMessage = "The city is required.")]
    [StringLength(100, ErrorMessage = "The city has at most 100 characters.")]
    public string City { get; set; } = "";

    [OptionalHttpUrl(ErrorMessage = "The website must be a full address, such as https://www.example.fr.")]
    [StringLength(300, ErrorMessage = "The website has at most 300 characters.")]
    public string? Website { get; set; }

    [StringLength(4000, ErrorMessage = "The description has at most 4,000 characters.")]
    public string? Description { get; set; }

    [Required(ErrorMessage = "Your name is required.")]
    [StringLength(200, ErrorMessage = "Your name has at most 200 characters.")]
    public string ContactName { get; set; } = "";

    [Required(ErrorMessage = "Your e-mail address is required.")]
    [EmailAddress(ErrorMessage = "This e-mail address is not valid.")]
    [StringLength(256, ErrorMessage = "The e-mail address has at most 256 characters.")]
    public string Email { get; set; } = "";

    [Required(ErrorMessage = "Choose a password.")]
    [StringLength(128, MinimumLength = 12, ErrorMessage = "The password has 12 to 128 characters.")]
    [DataType(DataType.Password)]
    public string Password { get; set; } = "";

    [DataType(DataType.Password)]
    [Compare(nameof(Password), ErrorMessage = "The two passwords differ.")]
    public string ConfirmPassword { get; set; } = "";
}
