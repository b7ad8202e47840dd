using System.ComponentModel.DataAnnotations;

namespace TescForce.Application.Companies;

public sealed class InvitationAcceptance
{
    [Required]
    public string Token { get; set; } = "";

    [Required(ErrorMessageResourceType = typeof(Messages), ErrorMessageResourceName = nameof(Messages.Shared_NameRequired))]
    [StringLength(200, ErrorMessageResourceType = typeof(Messages), ErrorMessageResourceName = nameof(Messages.Shared_NameMost200Characters))]
    public string DisplayName { get; set; } = "";

    [Required(ErrorMessageResourceType = typeof(Messages), ErrorMessageResourceName = nameof(Messages.Shared_ChoosePassword))]
    [StringLength(128, MinimumLength = 12, ErrorMessageResourceType = typeof(Messages), ErrorMessageResourceName = nameof(Messages.Shared_Password12128Characters))]
    [DataType(DataType.Password)]
    public string Password { get; set; } = "";

    [DataType(DataType.Password)]
    [Compare(nameof(Password), ErrorMessageResourceType = typeof(Messages), ErrorMessageResourceName = nameof(Messages.Shared_TwoPasswordsDiffer))]
    public string ConfirmPassword { get; set; } = "";
}
