using System.ComponentModel.DataAnnotations;
using TescForce.Application.Common;

namespace TescForce.Application.Clients;

/// <summary>A client organisation and its first user, as typed in the registration form.</summary>
public sealed class ClientRegistration : FirstUserRegistration
{
    [Required(ErrorMessage = "The organisation's name is required.")]
    [StringLength(200, MinimumLength = 2, ErrorMessage = "The organisation's name has 2 to 200 characters.")]
    public string Name { get; set; } = "";

    [Required(ErrorMessage = "The country is required.")]
    [RegularExpression("^[A-Za-z]{2}$", ErrorMessage = "The country is a two-letter ISO code, such as DE or CA.")]
    public string CountryCode { get; set; } = "";

    [Required(ErrorMessage = "The time zone is required.")]
    [StringLength(64, ErrorMessage = "Choose a time zone from the list.")]
    public string TimeZone { get; set; } = "Europe/Paris";

    [OptionalHttpUrl(ErrorMessage = "The website must be a full address, such as https://www.example.com.")]
    [StringLength(300, ErrorMessage = "The website has at most 300 characters.")]
    public string? Website { get; set; }

    [StringLength(200, ErrorMessage = "The referring agency has at most 200 characters.")]
    public string? ReferredBy { get; set; }
}
