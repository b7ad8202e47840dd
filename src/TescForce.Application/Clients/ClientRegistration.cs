using System.ComponentModel.DataAnnotations;
using TescForce.Application.Common;

namespace TescForce.Application.Clients;

/// <summary>A client organisation and its first user, as typed in the registration form.</summary>
public sealed class ClientRegistration : FirstUserRegistration
{
    [Required(ErrorMessageResourceType = typeof(Messages), ErrorMessageResourceName = nameof(Messages.Clients_OrganisationNameRequired))]
    [StringLength(200, MinimumLength = 2, ErrorMessageResourceType = typeof(Messages), ErrorMessageResourceName = nameof(Messages.Clients_OrganisationName200Characters))]
    public string Name { get; set; } = "";

    [Required(ErrorMessageResourceType = typeof(Messages), ErrorMessageResourceName = nameof(Messages.Shared_CountryRequired))]
    [RegularExpression("^[A-Za-z]{2}$", ErrorMessageResourceType = typeof(Messages), ErrorMessageResourceName = nameof(Messages.Clients_CountryTwoLetterISO))]
    public string CountryCode { get; set; } = "";

    [Required(ErrorMessageResourceType = typeof(Messages), ErrorMessageResourceName = nameof(Messages.Shared_TimeZoneRequired))]
    [StringLength(64, ErrorMessageResourceType = typeof(Messages), ErrorMessageResourceName = nameof(Messages.Shared_ChooseTimeZoneFrom))]
    public string TimeZone { get; set; } = "Europe/Paris";

    [OptionalHttpUrl(ErrorMessageResourceType = typeof(Messages), ErrorMessageResourceName = nameof(Messages.Clients_WebsiteFullAddressSuch))]
    [StringLength(300, ErrorMessageResourceType = typeof(Messages), ErrorMessageResourceName = nameof(Messages.Shared_WebsiteMost300Characters))]
    public string? Website { get; set; }

    [StringLength(200, ErrorMessageResourceType = typeof(Messages), ErrorMessageResourceName = nameof(Messages.Clients_ReferringAgencyMost200))]
    public string? ReferredBy { get; set; }
}
