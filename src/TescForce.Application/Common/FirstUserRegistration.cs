using System.ComponentModel.DataAnnotations;

namespace TescForce.Application.Common;

/// <summary>The first user's account, as a company's or a client's registration form asks for it.</summary>
public abstract class FirstUserRegistration
{
    [Required(ErrorMessageResourceType = typeof(Messages), ErrorMessageResourceName = nameof(Messages.Shared_NameRequired))]
    [StringLength(200, ErrorMessageResourceType = typeof(Messages), ErrorMessageResourceName = nameof(Messages.Shared_NameMost200Characters))]
    public string ContactName { get; set; } = "";

    [Required(ErrorMessageResourceType = typeof(Messages), ErrorMessageResourceName = nameof(Messages.Common_EMailAddressRequired))]
    [EmailAddress(ErrorMessageResourceType = typeof(Messages), ErrorMessageResourceName = nameof(Messages.Shared_EMailAddressNot))]
    [StringLength(256, ErrorMessageResourceType = typeof(Messages), ErrorMessageResourceName = nameof(Messages.Shared_EMailAddressMost))]
    public string Email { get; set; } = "";

    [Required(ErrorMessageResourceType = typeof(Messages), ErrorMessageResourceName = nameof(Messages.Shared_ChoosePassword))]
    [StringLength(128, MinimumLength = 12, ErrorMessageResourceType = typeof(Messages), ErrorMessageResourceName = nameof(Messages.Shared_Password12128Characters))]
    [DataType(DataType.Password)]
    public string Password { get; set; } = "";

    [DataType(DataType.Password)]
    [Compare(nameof(Password), ErrorMessageResourceType = typeof(Messages), ErrorMessageResourceName = nameof(Messages.Shared_TwoPasswordsDiffer))]
    public string ConfirmPassword { get; set; } = "";
}
