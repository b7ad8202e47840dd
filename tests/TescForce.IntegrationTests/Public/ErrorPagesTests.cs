using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using TescForce.Application.Common.Email;
using TescForce.Domain.Identity;
using TescForce.Infrastructure.Data;
using TescForce.IntegrationTests.Infrastructure;

namespace TescForce.IntegrationTests.Public;

/// <summary>
/// The error pages answer with the right status code, in the visitor's language, with a way out, and ask search
/// engines not to index them: 404 for an unknown address, 403 for a page of another role, 500 for a failure.
/// </summary>
public sealed class ErrorPagesTests(DatabaseFixture fixture) : IntegrationTest(fixture)
{
    [Theory, BothProviders]
    public async Task An_unknown_address_answers_404_with_the_localized_not_found_page(DatabaseProvider provider)
    {
        var database = await Fixture.UseAsync(provider);
        await using var app = new TescForceWebApplicationFactory(database, environment: "Production");
        var client = app.CreateClient();

        var english = await PageHtml.GetAsync(client, "/no/such/page", "en");
        var french = await PageHtml.GetAsync(client, "/no/such/page", "fr-FR");

        english.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        french.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        english.Headers.GetValues("X-Robots-Tag").ShouldBe(["noindex"]);
        var englishHtml = await english.Content.ReadAsStringAsync();
        var frenchHtml = WebUtility.HtmlDecode(await french.Content.ReadAsStringAsync());
        PageHtml.Title(englishHtml).ShouldBe("Page not found — TescForce");
        englishHtml.ShouldContain("<meta name=\"robots\" content=\"noindex\"");
        englishHtml.ShouldContain("href=\"skills-map\"");
        PageHtml.Title(frenchHtml).ShouldBe("Page introuvable — TescForce");
        frenchHtml.ShouldContain("<html lang=\"fr\">");
        frenchHtml.ShouldContain("Retour à l'accueil");
        frenchHtml.ShouldContain("Voir la carte des compétences");
    }

    [Theory, BothProviders]
    public async Task A_signed_in_user_of_another_role_gets_403_and_the_localized_access_denied_page(DatabaseProvider provider)
    {
        var database = await Fixture.UseAsync(provider);
        await using var app = new TescForceWebApplicationFactory(database, environment: "Production", settings: TestAuthentication.Setting);
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false })
            .SignedInAs("member-1", [Roles.CompanyMember], Guid.NewGuid());

        var refused = await PageHtml.GetAsync(client, "/admin/users", "fr");
        // Where the Identity cookie sends a refused user (its AccessDeniedPath).
        var cookiePage = await PageHtml.GetAsync(client, "/Account/AccessDenied?ReturnUrl=%2Fadmin%2Fusers", "en");

        refused.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        refused.Headers.GetValues("X-Robots-Tag").ShouldBe(["noindex"]);
        var french = WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync());
        PageHtml.Title(french).ShouldBe("Accès refusé — TescForce");
        french.ShouldContain("Se connecter avec un autre compte");
        french.ShouldContain("value=\"Account/Login?ReturnUrl=%2Fadmin%2Fusers\"");
        cookiePage.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        var english = WebUtility.HtmlDecode(await cookiePage.Content.ReadAsStringAsync());
        PageHtml.Title(english).ShouldBe("Access denied — TescForce");
        english.ShouldContain("this page is for another kind of account");
        english.ShouldContain("value=\"Account/Login?ReturnUrl=%2Fadmin%2Fusers\"");
    }

    [Theory, BothProviders]
    public async Task A_failure_answers_500_with_the_localized_error_page_and_its_reference_but_no_exception(DatabaseProvider provider)
    {
        var database = await Fixture.UseAsync(provider);
        await using var factory = new TescForceWebApplicationFactory(database, environment: "Production");
        // The contact form e-mails the curators: a mail server that fails makes the page fail.
        await using var app = factory.WithWebHostBuilder(builder =>
            builder.ConfigureTestServices(services => services.AddSingleton<IEmailSender, FailingEmailSender>()));
        await ContactFormTests.AddCuratorAsync(app, database, "curator@digital113.example", "fr");

        var response = await PageHtml.PostFormAsync(app.CreateClient(), "/contact", "contact", "fr", ContactFormTests.ValidFields());

        response.StatusCode.ShouldBe(HttpStatusCode.InternalServerError);
        response.Headers.GetValues("X-Robots-Tag").ShouldBe(["noindex"]);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        PageHtml.Title(html).ShouldBe("Une erreur est survenue — TescForce");
        html.ShouldContain("Référence de la demande : ");
        html.ShouldNotContain(FailingEmailSender.Failure);
        html.ShouldNotContain("InvalidOperationException");
    }

    internal sealed class FailingEmailSender : IEmailSender
    {
        public const string Failure = "The test mail server is down";

        public Task SendAsync(EmailMessage message, CancellationToken cancellationToken = default) =>
            throw new InvalidOperationException(Failure);
    }
}
