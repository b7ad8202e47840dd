using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using TescForce.Application.Common.Email;
using TescForce.IntegrationTests.Api;
using TescForce.Infrastructure.Data;
using TescForce.IntegrationTests.Infrastructure;
using TescForce.IntegrationTests.Public;

namespace TescForce.IntegrationTests.Security;

/// <summary>
/// Every answer carries the browser-side defences (ADR 0016): pages, redirects, error pages, static files, the API
/// with and without a key, the OpenAPI document and its reference page, health checks. HSTS and the HTTPS redirect
/// only outside Development.
/// </summary>
public sealed partial class SecurityHeadersTests(DatabaseFixture fixture) : IntegrationTest(fixture)
{
    [Theory, BothProviders]
    public async Task Every_kind_of_answer_carries_the_security_headers(DatabaseProvider provider)
    {
        var database = await Fixture.UseAsync(provider);
        await using var host = ApiHost.Start(database);
        var (_, _, keyed) = await host.CompanyAsync("Alpha Aero Engineering");
        var anonymous = host.WithKey(null);
        var expected = new (string Path, HttpClient Client, HttpStatusCode Status)[]
        {
            ("/", anonymous, HttpStatusCode.OK),
            ("/client/missions", anonymous, HttpStatusCode.Redirect),
            ("/Account/Login", anonymous, HttpStatusCode.OK),
            ("/no/such/page", anonymous, HttpStatusCode.NotFound),
            ("/app.css", anonymous, HttpStatusCode.OK),
            ("/api/v1/skills?q=python", anonymous, HttpStatusCode.Unauthorized),
            ("/api/v1/skills?q=python", keyed, HttpStatusCode.OK),
            ("/api/v1/no-such-resource", anonymous, HttpStatusCode.NotFound),
            ("/openapi/v1.json", anonymous, HttpStatusCode.OK),
            ("/api/docs", anonymous, HttpStatusCode.Found),
            ("/api/docs/", anonymous, HttpStatusCode.OK),
            ("/health/live", anonymous, HttpStatusCode.OK),
            ("/health/ready", anonymous, HttpStatusCode.OK),
        };

        foreach (var (path, client, status) in expected)
        {
            using var response = await client.GetAsync(path);

            response.StatusCode.ShouldBe(status, path);
            ShouldCarrySecurityHeaders(response, path);
        }
    }

    [Theory, BothProviders]
    public async Task A_failure_answered_by_the_error_page_still_carries_the_security_headers(DatabaseProvider provider)
    {
        var database = await Fixture.UseAsync(provider);
        await using var factory = new TescForceWebApplicationFactory(database, environment: "Production");
        // The contact form e-mails the curators: a mail server that fails makes the page fail.
        await using var app = factory.WithWebHostBuilder(builder =>
            builder.ConfigureTestServices(services => services.AddSingleton<IEmailSender, ErrorPagesTests.FailingEmailSender>()));
        await ContactFormTests.AddCuratorAsync(app, database, "curator@digital113.example", "en");

        using var response = await PageHtml.PostFormAsync(app.CreateClient(), "/contact", "contact", "en", ContactFormTests.ValidFields());

        response.StatusCode.ShouldBe(HttpStatusCode.InternalServerError);
        ShouldCarrySecurityHeaders(response, "the error page");
        await ShouldNonceItsInlineScriptsAsync(response);
    }

    [Theory, BothProviders]
    public async Task Pages_nonce_their_inline_scripts_with_a_fresh_nonce_per_answer(DatabaseProvider provider)
    {
        var database = await Fixture.UseAsync(provider);
        await using var app = new TescForceWebApplicationFactory(database, environment: "Production");
        var client = app.CreateClient();

        using var first = await client.GetAsync("/");
        using var second = await client.GetAsync("/");
        using var notFound = await client.GetAsync("/no/such/page");
        using var docs = await client.GetAsync("/api/docs/");

        var firstNonce = await ShouldNonceItsInlineScriptsAsync(first);
        (await ShouldNonceItsInlineScriptsAsync(second)).ShouldNotBe(firstNonce);
        await ShouldNonceItsInlineScriptsAsync(notFound);
        await ShouldNonceItsInlineScriptsAsync(docs);
    }

    [Theory, BothProviders]
    public async Task Production_over_https_sends_HSTS_for_a_year_with_subdomains(DatabaseProvider provider)
    {
        var database = await Fixture.UseAsync(provider);
        await using var app = new TescForceWebApplicationFactory(database, environment: "Production");
        // HSTS is never sent to localhost, so the client talks to a public name.
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://tescforce.example/") });

        using var page = await client.GetAsync("/");
        using var api = await client.GetAsync("/api/v1/skills");

        page.Headers.GetValues("Strict-Transport-Security").ShouldBe(["max-age=31536000; includeSubDomains"]);
        api.Headers.GetValues("Strict-Transport-Security").ShouldBe(["max-age=31536000; includeSubDomains"]);
    }

    [Theory, BothProviders]
    public async Task Development_sends_no_HSTS_and_does_not_redirect_to_https(DatabaseProvider provider)
    {
        var database = await Fixture.UseAsync(provider);
        await using var app = new TescForceWebApplicationFactory(database, environment: "Development",
            settings: new Dictionary<string, string?> { ["https_port"] = "443" });
        var secure = app.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://tescforce.example/") });
        var plain = app.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("http://tescforce.example/"), AllowAutoRedirect = false });

        using var overHttps = await secure.GetAsync("/");
        using var overHttp = await plain.GetAsync("/");

        overHttps.Headers.Contains("Strict-Transport-Security").ShouldBeFalse();
        overHttp.StatusCode.ShouldBe(HttpStatusCode.OK);
        ShouldCarrySecurityHeaders(overHttps, "Development over https");
    }

    [Theory, BothProviders]
    public async Task Production_redirects_http_to_https_permanently_and_the_redirect_carries_the_headers(DatabaseProvider provider)
    {
        var database = await Fixture.UseAsync(provider);
        // The HTTPS port comes from the standard setting (HTTPS_PORT / ASPNETCORE_HTTPS_PORTS or Kestrel's https endpoint).
        await using var app = new TescForceWebApplicationFactory(database, environment: "Production",
            settings: new Dictionary<string, string?> { ["https_port"] = "443" });
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("http://tescforce.example/"), AllowAutoRedirect = false });

        using var page = await client.GetAsync("/skills-map?family=software");
        using var api = await client.GetAsync("/api/v1/skills");

        page.StatusCode.ShouldBe(HttpStatusCode.PermanentRedirect);
        page.Headers.Location.ShouldBe(new Uri("https://tescforce.example/skills-map?family=software"));
        ShouldCarrySecurityHeaders(page, "the https redirect");
        api.StatusCode.ShouldBe(HttpStatusCode.PermanentRedirect);
    }

    /// <summary>The headers of ADR 0016, and the policy's directives one by one.</summary>
    private static void ShouldCarrySecurityHeaders(HttpResponseMessage response, string what)
    {
        Header(response, "X-Content-Type-Options").ShouldBe("nosniff", what);
        Header(response, "X-Frame-Options").ShouldBe("DENY", what);
        Header(response, "Referrer-Policy").ShouldBe("strict-origin-when-cross-origin", what);
        Header(response, "Cross-Origin-Opener-Policy").ShouldBe("same-origin", what);
        var permissions = Header(response, "Permissions-Policy");
        foreach (var feature in new[] { "camera", "microphone", "geolocation", "payment", "usb" })
        {
            permissions.ShouldContain($"{feature}=()", Case.Sensitive, what);
        }

        var policy = Directives(Header(response, "Content-Security-Policy"));
        policy["default-src"].ShouldBe(["'self'"], what);
        policy["object-src"].ShouldBe(["'none'"], what);
        policy["frame-ancestors"].ShouldBe(["'none'"], what);
        policy["base-uri"].ShouldBe(["'self'"], what);
        policy["form-action"].ShouldBe(["'self'"], what);
        policy["connect-src"].ShouldBe(["'self'"], what);
        policy["script-src"].Length.ShouldBe(2, what);
        policy["script-src"][0].ShouldBe("'self'", what);
        policy["script-src"][1].ShouldMatch("^'nonce-[A-Za-z0-9+/]{22}=='$", what);
        policy["style-src"].ShouldBe(["'self'", "'unsafe-inline'"], what);
        policy.Values.SelectMany(sources => sources).ShouldNotContain("'unsafe-eval'", what);
    }

    /// <summary>Every inline script of the page carries the nonce of the answer's policy; returns that nonce.</summary>
    private static async Task<string> ShouldNonceItsInlineScriptsAsync(HttpResponseMessage response)
    {
        var nonce = Directives(Header(response, "Content-Security-Policy"))["script-src"][1]["'nonce-".Length..^1];
        var html = await response.Content.ReadAsStringAsync();
        var inline = InlineScriptPattern().Matches(html).Select(m => WebUtility.HtmlDecode(m.Groups[1].Value)).ToList();
        inline.ShouldNotBeEmpty("the page has its import map or Scalar's start-up script");
        inline.ShouldAllBe(attributes => attributes.Contains($"nonce=\"{nonce}\""));
        return nonce;
    }

    private static string Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? values.ShouldHaveSingleItem() : throw new ShouldAssertException($"no {name} header");

    private static Dictionary<string, string[]> Directives(string policy) =>
        policy.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(directive => directive.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .ToDictionary(parts => parts[0], parts => parts[1..]);

    /// <summary>A script element without a src attribute: its attributes.</summary>
    [GeneratedRegex("<script(?![^>]*\\ssrc=)([^>]*)>", RegexOptions.IgnoreCase)]
    private static partial Regex InlineScriptPattern();
}
