using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using TescForce.Infrastructure.Data;
using TescForce.IntegrationTests.Infrastructure;

namespace TescForce.IntegrationTests.Public;

/// <summary>
/// The public pages read anonymously in English and French: each has its own localized title ("… — TescForce") and
/// meta description, the footer leads to the legal pages, and the legal notice and privacy policy state what the
/// configuration says (publisher, host, retention).
/// </summary>
public sealed class PublicPagesTests(DatabaseFixture fixture) : IntegrationTest(fixture)
{
    private static readonly string[] PublicPaths =
    [
        "/", "/about", "/skills-map", "/legal", "/privacy", "/contact", "/privacy/request",
        "/Account/Login", "/Account/Register", "/Account/RegisterCompany", "/Account/RegisterClient",
    ];

    [Theory, BothProviders]
    public async Task Every_public_page_has_a_unique_localized_title_and_meta_description(DatabaseProvider provider)
    {
        var database = await Fixture.UseAsync(provider);
        await using var app = new TescForceWebApplicationFactory(database, environment: "Production");
        var client = app.CreateClient();
        var titles = new Dictionary<string, List<string>> { ["en"] = [], ["fr"] = [] };

        foreach (var path in PublicPaths)
        {
            var pages = new Dictionary<string, (string Title, string? Description)>();
            foreach (var language in new[] { "en", "fr" })
            {
                var response = await PageHtml.GetAsync(client, path, language);
                response.StatusCode.ShouldBe(HttpStatusCode.OK, path);
                response.Headers.Contains("X-Robots-Tag").ShouldBeFalse(path);
                var html = await response.Content.ReadAsStringAsync();
                pages[language] = (PageHtml.Title(html), PageHtml.Description(html));
                titles[language].Add(pages[language].Title);
            }

            foreach (var (language, (title, description)) in pages)
            {
                title.ShouldContain("TescForce", customMessage: $"{path} ({language})");
                title.Replace("TescForce", "", StringComparison.Ordinal).Trim(' ', '—').ShouldNotBeEmpty($"{path} ({language})");
                description.ShouldNotBeNullOrWhiteSpace($"{path} ({language})");
                description!.Length.ShouldBeGreaterThan(50, $"{path} ({language})");
            }

            pages["fr"].Description.ShouldNotBe(pages["en"].Description, $"{path}: the French description is French");
        }

        foreach (var (language, list) in titles)
        {
            list.ShouldBeUnique($"titles in {language}");
        }

        titles["en"].ShouldContain("Legal notice — TescForce");
        titles["fr"].ShouldContain("Mentions légales — TescForce");
        titles["fr"].ShouldContain("Politique de confidentialité — TescForce");
    }

    [Theory, BothProviders]
    public async Task The_legal_notice_and_the_privacy_policy_state_the_configured_publisher_host_and_retention(DatabaseProvider provider)
    {
        var database = await Fixture.UseAsync(provider);
        await using var app = new TescForceWebApplicationFactory(database, environment: "Production", settings: new Dictionary<string, string?>
        {
            ["LegalNotice:Address"] = "12 allée des Tests, 31400 Toulouse",
            ["LegalNotice:PublicationDirector"] = "Camille Directrice",
            ["LegalNotice:HostName"] = "Hébergeur Exemplaire SAS",
            ["LegalNotice:Email"] = "contact@digital113.test",
            ["Audit:RetentionDays"] = "400",
            ["Introductions:AnswerWithin"] = "10.00:00:00",
            ["Privacy:Retention:ConsultantInactiveAfter"] = "1095.00:00:00",
            ["Privacy:Retention:NoticeBefore"] = "45.00:00:00",
            ["Security:Session:SecureCookies"] = "true",
        });
        // Over https, as Secure cookies (the contact form's antiforgery token) need.
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://localhost/") });

        var legal = WebUtility.HtmlDecode(await (await PageHtml.GetAsync(client, "/legal", "fr")).Content.ReadAsStringAsync());
        var privacyEn = WebUtility.HtmlDecode(await (await PageHtml.GetAsync(client, "/privacy", "en")).Content.ReadAsStringAsync());
        var privacyFr = WebUtility.HtmlDecode(await (await PageHtml.GetAsync(client, "/privacy", "fr")).Content.ReadAsStringAsync());
        var contact = WebUtility.HtmlDecode(await (await PageHtml.GetAsync(client, "/contact", "en")).Content.ReadAsStringAsync());

        legal.ShouldContain("12 allée des Tests, 31400 Toulouse");
        legal.ShouldContain("Directeur de la publication");
        legal.ShouldContain("Camille Directrice");
        legal.ShouldContain("Hébergeur Exemplaire SAS");
        legal.ShouldContain("Creative Commons Attribution 4.0");
        privacyEn.ShouldContain("Audit log: 400 days");
        privacyEn.ShouldContain("not answered within 10 days expires");
        privacyEn.ShouldContain("without any active contact for 3 years");
        privacyEn.ShouldContain("told by e-mail 45 days before");
        privacyEn.ShouldContain("contact@digital113.test");
        privacyEn.ShouldContain("href=\"privacy/request\"");
        privacyEn.ShouldContain("cnil.fr");
        // The names the running configuration gives the cookies.
        foreach (var cookie in new[] { "__Host-TescForce.Auth", "__Host-TescForce.2fa", "__Host-TescForce.2faRemember", "__Host-TescForce.Antiforgery", ".AspNetCore.Culture", "tf_route" })
        {
            privacyEn.ShouldContain(cookie);
        }

        privacyFr.ShouldContain("Journal d'audit : 400 jours");
        privacyFr.ShouldContain("sous un mois");
        privacyFr.ShouldContain("pendant 3 ans");
        contact.ShouldContain("12 allée des Tests, 31400 Toulouse");
        contact.ShouldContain("mailto:contact@digital113.test");
    }

    [Theory, BothProviders]
    public async Task A_page_behind_an_account_asks_search_engines_not_to_index_it(DatabaseProvider provider)
    {
        var database = await Fixture.UseAsync(provider);
        await using var app = new TescForceWebApplicationFactory(database, environment: "Production", settings: TestAuthentication.Setting);
        var client = app.CreateClient().SignedInAs(TestData.Curator);

        var response = await PageHtml.GetAsync(client, "/admin/users", "en");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Headers.GetValues("X-Robots-Tag").ShouldBe(["noindex"]);
    }

    [Theory, BothProviders]
    public async Task The_footer_of_every_layout_leads_to_the_legal_notice_the_privacy_policy_and_the_contact_page(DatabaseProvider provider)
    {
        var database = await Fixture.UseAsync(provider);
        await using var app = new TescForceWebApplicationFactory(database, environment: "Production");
        var client = app.CreateClient();

        foreach (var path in new[] { "/", "/Account/Login" })
        {
            var html = await (await PageHtml.GetAsync(client, path, "fr")).Content.ReadAsStringAsync();

            html.ShouldContain("href=\"legal\"", customMessage: path);
            html.ShouldContain("href=\"privacy\"", customMessage: path);
            html.ShouldContain("href=\"contact\"", customMessage: path);
            WebUtility.HtmlDecode(html).ShouldContain("Mentions légales", customMessage: path);
        }
    }
}
