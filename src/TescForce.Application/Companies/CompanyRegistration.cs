using System.ComponentModel.DataAnnotations;
using TescForce.Application.Common;

namespace TescForce.Application.Companies;

/// <summary>A member company and its first user, as typed in the registration form.</summary>
public sealed class CompanyRegistration : FirstUserRegistration
{
    [Required(ErrorMessageResourceType = typeof(Messages), ErrorMessageResourceName = nameof(Messages.Companies_CompanyNameRequired))]
    [StringLength(200, MinimumLength = 2, ErrorMessageResourceType = typeof(Messages), ErrorMessageResourceName = nameof(Messages.Companies_CompanyName200Characters))]
    public string Name { get; set; } = "";

    [Required(ErrorMessageResourceType = typeof(Messages), ErrorMessageResourceName = nameof(Messages.Companies_SIRENNumberRequired))]
    [StringLength(11, ErrorMessageResourceType = typeof(Messages), ErrorMessageResourceName = nameof(Messages.Companies_SIRENNumberExactlyDigits))]
    public string Siren { get; set; } = "";

    [Required(ErrorMessageResourceType = typeof(Messages), ErrorMessageResourceName = nameof(Messages.Shared_CityRequired))]
    [StringLength(100, ErrorMessageResourceType = typeof(Messages), ErrorMessageResourceName = nameof(Messages.Shared_CityMost100Characters))]
    public string City { get; set; } = "";

    [OptionalHttpUrl(ErrorMessageResourceType = typeof(Messages), ErrorMessageResourceName = nameof(Messages.Companies_WebsiteFullAddressSuch))]
    [StringLength(300, ErrorMessageResourceType = typeof(Messages), ErrorMessageResourceName = nameof(Messages.Shared_WebsiteMost300Characters))]
    public string? Website { get; set; }

    [StringLength(4000, ErrorMessageResourceType = typeof(Messages), ErrorMessageResourceName = nameof(Messages.Companies_DescriptionMost000Characters))]
    public string? Description { get; set; }
}
