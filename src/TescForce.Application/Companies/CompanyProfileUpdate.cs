using System.ComponentModel.DataAnnotations;
using TescForce.Application.Common;

namespace TescForce.Application.Companies;

public sealed class CompanyProfileUpdate
{
    [Required(ErrorMessageResourceType = typeof(Messages), ErrorMessageResourceName = nameof(Messages.Companies_CompanyNameRequired))]
    [StringLength(200, MinimumLength = 2, ErrorMessageResourceType = typeof(Messages), ErrorMessageResourceName = nameof(Messages.Companies_CompanyName200Characters))]
    public string Name { get; set; } = "";

    [Required(ErrorMessageResourceType = typeof(Messages), ErrorMessageResourceName = nameof(Messages.Shared_CityRequired))]
    [StringLength(100, ErrorMessageResourceType = typeof(Messages), ErrorMessageResourceName = nameof(Messages.Shared_CityMost100Characters))]
    public string City { get; set; } = "";

    [OptionalHttpUrl(ErrorMessageResourceType = typeof(Messages), ErrorMessageResourceName = nameof(Messages.Companies_WebsiteFullAddressSuch))]
    [StringLength(300, ErrorMessageResourceType = typeof(Messages), ErrorMessageResourceName = nameof(Messages.Shared_WebsiteMost300Characters))]
    public string? Website { get; set; }

    [StringLength(4000, ErrorMessageResourceType = typeof(Messages), ErrorMessageResourceName = nameof(Messages.Companies_DescriptionMost000Characters))]
    public string? Description { get; set; }

    /// <summary>The version that was read; a different stored version means someone else saved meanwhile.</summary>
    public int Version { get; set; }
}
