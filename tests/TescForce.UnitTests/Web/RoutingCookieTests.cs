using System.Text.RegularExpressions;
using TescForce.Tests;

namespace TescForce.UnitTests.Web;

/// <summary>The cookie the load balancer of the scale profile sets is the one the privacy policy lists.</summary>
public sealed partial class RoutingCookieTests
{
    [Fact]
    public void The_privacy_policy_names_the_cookie_the_load_balancer_sets()
    {
        var nginx = File.ReadAllText(Path.Combine(RepositoryFiles.Root(), "deploy", "nginx", "nginx.conf"));
        var policy = File.ReadAllText(Path.Combine(RepositoryFiles.Root(), "src", "TescForce.Web", "Components", "Pages", "Public", "PrivacyPolicy.razor"));

        var set = SetCookie().Match(nginx);

        set.Success.ShouldBeTrue("nginx.conf no longer sets a routing cookie: update the privacy policy's list");
        policy.ShouldContain($"(\"{set.Groups["name"].Value}\", \"Route\")");
    }

    [GeneratedRegex("\"(?<name>[A-Za-z0-9_]+)=\\$request_id;")]
    private static partial Regex SetCookie();
}
