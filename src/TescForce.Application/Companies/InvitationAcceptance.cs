using System.ComponentModel.DataAnnotations;

namespace TescForce.Application.Companies;

public sealed class InvitationAcceptance
{
    [Required]
    public string Token { get; set; } = "";

    [Required(ErrorMessage = "Your name is required.")]
    [StringLength(200, ErrorMessage = "Your name has at most 200 characters.")]
    public string DisplayName { get; set; } = "";

    [Required(ErrorMessage = "Choose a password.")]
    [StringLength(128, MinimumLength = 12, ErrorMessage = "The password has 12 to 128 characters.")]
    [DataType(DataType.Password)]
    public string Password { get; set; } = "";

    [DataType(DataType.Password)]
    [Compare(nameof(Password), ErrorMessage = "The two passwords differ.")]
    public string ConfirmPassword { get; set; } = "";
}
