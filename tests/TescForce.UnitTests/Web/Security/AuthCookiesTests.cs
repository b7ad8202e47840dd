using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;
using TescForce.Web.Security;

namespace TescForce.UnitTests.Web.Security;

public sealed class AuthCookiesTests
{
    [Theory]
    [InlineData("Production", true)]
    [InlineData("Staging", true)]
    [InlineData("Development", false)]
    public void Cookies_are_secure_only_everywhere_but_in_development_unless_configured(string environment, bool expected)
    {
        AuthCookies.SecureOnly(new AuthSessionOptions(), new Environment(environment)).ShouldBe(expected);
    }

    [Fact]
    public void The_setting_wins_over_the_environment()
    {
        AuthCookies.SecureOnly(new AuthSessionOptions { SecureCookies = false }, new Environment("Production")).ShouldBeFalse();
    }

    private sealed class Environment(string name) : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = name;
        public string ApplicationName { get; set; } = "TescForce.Web";
        public string ContentRootPath { get; set; } = "/";
        public IFileProvider ContentRootFileProvider { get; set; } = new NullFileProvider();
    }
}
