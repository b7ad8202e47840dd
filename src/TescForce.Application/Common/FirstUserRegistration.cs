using System.ComponentModel.DataAnnotations;

namespace TescForce.Application.Common;

/// <summary>The first user's account, as a company's or a client's registration form asks for it.</summary>
public abstract class FirstUserRegistration
{
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
