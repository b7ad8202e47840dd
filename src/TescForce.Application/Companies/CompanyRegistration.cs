using System.ComponentModel.DataAnnotations;
using TescForce.Application.Common;

namespace TescForce.Application.Companies;

/// <summary>A member company and its first user, as typed in the registration form.</summary>
public sealed class CompanyRegistration : FirstUserRegistration
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
}
