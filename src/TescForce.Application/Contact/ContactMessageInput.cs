using System.ComponentModel.DataAnnotations;

namespace TescForce.Application.Contact;

/// <summary>A message as typed in the public contact form. Every field has a length limit: the form is open to anyone.</summary>
public class ContactMessageInput
{
    public const int MaxNameLength = 200;
    public const int MaxEmailLength = 256;
    public const int MaxOrganisationLength = 200;
    public const int MinMessageLength = 10;
    public const int MaxMessageLength = 4000;

    [Required(ErrorMessageResourceType = typeof(Messages), ErrorMessageResourceName = nameof(Messages.Contact_GiveName))]
    [StringLength(MaxNameLength, MinimumLength = 2, ErrorMessageResourceType = typeof(Messages), ErrorMessageResourceName = nameof(Messages.Contact_NameLength))]
    public string Name { get; set; } = "";

    [Required(ErrorMessageResourceType = typeof(Messages), ErrorMessageResourceName = nameof(Messages.Contact_GiveEmail))]
    [EmailAddress(ErrorMessageResourceType = typeof(Messages), ErrorMessageResourceName = nameof(Messages.Contact_EmailInvalid))]
    [StringLength(MaxEmailLength, ErrorMessageResourceType = typeof(Messages), ErrorMessageResourceName = nameof(Messages.Contact_EmailLength))]
    public string Email { get; set; } = "";

    [StringLength(MaxOrganisationLength, ErrorMessageResourceType = typeof(Messages), ErrorMessageResourceName = nameof(Messages.Contact_OrganisationLength))]
    public string? Organisation { get; set; }

    [Required(ErrorMessageResourceType = typeof(Messages), ErrorMessageResourceName = nameof(Messages.Contact_ChooseSubject))]
    public ContactSubject? Subject { get; set; }

    [Required(ErrorMessageResourceType = typeof(Messages), ErrorMessageResourceName = nameof(Messages.Contact_WriteMessage))]
    [StringLength(MaxMessageLength, MinimumLength = MinMessageLength, ErrorMessageResourceType = typeof(Messages), ErrorMessageResourceName = nameof(Messages.Contact_MessageLength))]
    public string Message { get; set; } = "";
}
