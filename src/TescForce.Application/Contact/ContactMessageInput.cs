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

    [Required(ErrorMessage = "Give your name.")]
    [StringLength(MaxNameLength, MinimumLength = 2, ErrorMessage = "Your name has 2 to 200 characters.")]
    public string Name { get; set; } = "";

    [Required(ErrorMessage = "Give the e-mail address the answer should go to.")]
    [EmailAddress(ErrorMessage = "This e-mail address is not valid.")]
    [StringLength(MaxEmailLength, ErrorMessage = "The e-mail address has at most 256 characters.")]
    public string Email { get; set; } = "";

    [StringLength(MaxOrganisationLength, ErrorMessage = "The organisation's name has at most 200 characters.")]
    public string? Organisation { get; set; }

    [Required(ErrorMessage = "Choose what your message is about.")]
    public ContactSubject? Subject { get; set; }

    [Required(ErrorMessage = "Write your message.")]
    [StringLength(MaxMessageLength, MinimumLength = MinMessageLength, ErrorMessage = "The message has 10 to 4,000 characters.")]
    public string Message { get; set; } = "";
}
