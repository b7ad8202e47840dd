using System.ComponentModel.DataAnnotations;
using TescForce.Domain.Privacy;

namespace TescForce.Application.Privacy;

/// <summary>A request as typed in the public form. Every field has a length limit: the form is open to anyone.</summary>
public sealed class PersonalDataRequestInput
{
    [Required(ErrorMessageResourceType = typeof(Messages), ErrorMessageResourceName = nameof(Messages.Privacy_ChooseWhatAsking))]
    public PersonalDataRequestKind? Kind { get; set; }

    [Required(ErrorMessageResourceType = typeof(Messages), ErrorMessageResourceName = nameof(Messages.Privacy_GiveFullName))]
    [StringLength(PersonalDataRequest.MaxNameLength, MinimumLength = 2, ErrorMessageResourceType = typeof(Messages), ErrorMessageResourceName = nameof(Messages.Privacy_Name200Characters))]
    public string Name { get; set; } = "";

    [Required(ErrorMessageResourceType = typeof(Messages), ErrorMessageResourceName = nameof(Messages.Privacy_GiveEMailAddress))]
    [EmailAddress(ErrorMessageResourceType = typeof(Messages), ErrorMessageResourceName = nameof(Messages.Shared_EMailAddressNot))]
    [StringLength(PersonalDataRequest.MaxEmailLength, ErrorMessageResourceType = typeof(Messages), ErrorMessageResourceName = nameof(Messages.Shared_EMailAddressMost))]
    public string Email { get; set; } = "";

    [StringLength(PersonalDataRequest.MaxCompanyLength, ErrorMessageResourceType = typeof(Messages), ErrorMessageResourceName = nameof(Messages.Privacy_CompanyNameMost200))]
    public string? CompanyName { get; set; }

    [StringLength(PersonalDataRequest.MaxMessageLength, ErrorMessageResourceType = typeof(Messages), ErrorMessageResourceName = nameof(Messages.Shared_MessageMost000Characters))]
    public string? Message { get; set; }
}
