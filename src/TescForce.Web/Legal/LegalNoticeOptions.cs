namespace TescForce.Web.Legal;

/// <summary>
/// The <c>LegalNotice</c> configuration section: who publishes the site, for the legal notice, the privacy policy and
/// the contact page (French law, LCEN art. 6, asks for the publisher, its publication director and the host).
/// appsettings.json holds examples marked as such; an operator sets the real values (none of them is a secret).
/// </summary>
public sealed class LegalNoticeOptions
{
    public const string SectionName = "LegalNotice";

    /// <summary>The publisher and data controller.</summary>
    public string Publisher { get; set; } = "Digital 113";

    /// <summary>Its legal form, e.g. "association loi 1901".</summary>
    public string LegalForm { get; set; } = "";

    /// <summary>Its registration number (SIRET or RNA), if any.</summary>
    public string RegistrationNumber { get; set; } = "";

    /// <summary>The registered address, on one line.</summary>
    public string Address { get; set; } = "";

    /// <summary>The address visitors write to; also the data-protection contact.</summary>
    public string Email { get; set; } = "";

    public string Phone { get; set; } = "";

    /// <summary>The person responsible for what is published (directeur de la publication).</summary>
    public string PublicationDirector { get; set; } = "";

    /// <summary>The company hosting the servers.</summary>
    public string HostName { get; set; } = "";

    public string HostAddress { get; set; } = "";

    public string HostWebsite { get; set; } = "";
}
