namespace TescForce.Application.Common;

/// <summary>The <c>App</c> configuration section: what the platform needs to know about where it is served.</summary>
public sealed class SiteOptions
{
    public const string SectionName = "App";

    /// <summary>
    /// The public address of the site, for links in e-mails sent outside a request (background jobs have no
    /// request to take it from).
    /// </summary>
    public Uri BaseUrl { get; set; } = new("http://localhost:5000/");

    /// <summary>An absolute link to a page given relative to the site (always under the base, even without its trailing slash).</summary>
    public string Link(string relative)
    {
        var root = BaseUrl.AbsoluteUri.EndsWith('/') ? BaseUrl : new Uri(BaseUrl.AbsoluteUri + "/");
        return new Uri(root, relative.TrimStart('/')).AbsoluteUri;
    }
}
