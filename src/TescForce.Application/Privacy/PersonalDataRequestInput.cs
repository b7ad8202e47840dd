using System.ComponentModel.DataAnnotations;
using TescForce.Domain.Privacy;

namespace TescForce.Application.Privacy;

/// <summary>A request as typed in the public form. Every field has a length limit: the form is open to anyone.</summary>
public sealed class PersonalDataRequestInput
{
    [Required(ErrorMessage = "Choose what you are asking for.")]
    public PersonalDataRequestKind? Kind { get; set; }

    [Required(ErrorMessage = "Give your full name.")]
    [StringLength(PersonalDataRequest.MaxNameLength, MinimumLength = 2, ErrorMessage = "Your name has 2 to 200 characters.")]
    public string Name { get; set; } = "";

    [Required(ErrorMessage = "Give the e-mail address the answer should go to.")]
    [EmailAddress(ErrorMessage = "This e-mail address is not valid.")]
    [StringLength(PersonalDataRequest.MaxEmailLength, ErrorMessage = "The e-mail address has at most 256 characters.")]
    public string Email { get; set; } = "";

    [StringLength(PersonalDataRequest.MaxCompanyLength, ErrorMessage = "The company's name has at most 200 characters.")]
    public string? CompanyName { get; set; }

    [StringLength(PersonalDataRequest.MaxMessageLength, ErrorMessage = "The message has at most 4,000 characters.")]
    public string? Message { get; set; }
}
