using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using TescForce.Application.Common;
using TescForce.Application.Contact;
using TescForce.Domain.Identity;
using TescForce.Infrastructure.Identity;
using TescForce.Infrastructure.Data;
using TescForce.IntegrationTests.Infrastructure;
using TescForce.Web.Security;

namespace TescForce.IntegrationTests.Public;

/// <summary>
/// The public contact form: a valid message is e-mailed to every curator in the curator's language and nobody else;
/// bad values are refused field by field in the visitor's language; a robot filling the trap field and a sixth
/// message in the hour send nothing.
/// </summary>
public sealed class ContactFormTests(DatabaseFixture fixture) : IntegrationTest(fixture)
{
    public static Dictionary<string, string> ValidFields() => new()
    {
        ["Input.Name"] = "Hiroshi Tanaka",
        ["Input.Email"] = "hiroshi@maple.example",
        ["Input.Organisation"] = "Maple Avionics",
        ["Input.Subject"] = nameof(ContactSubject.Mission),
        ["Input.Message"] = "We look for two embedded engineers for a remote mission.",
        ["Input.Website"] = "",
    };

    [Theory, BothProviders]
    public async Task A_message_is_emailed_to_each_curator_in_their_language_and_the_visitor_sees_the_confirmation(DatabaseProvider provider)
    {
        var database = await Fixture.UseAsync(provider);
        using var smtp = new TestSmtpServer();
        await using var app = new TescForceWebApplicationFactory(database, environment: "Production", settings: smtp.Settings);
        await AddCuratorAsync(app, database, "curator.fr@digital113.example", "fr");
        await AddCuratorAsync(app, database, "curator.en@digital113.example", "en");
        var (company, _) = await TestData.InsertCompanyAsync(database, "Alpha Aero Engineering");
        await TestData.InsertMemberAsync(database, "member@alpha.example", "en", companyId: company.Id);
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var response = await PageHtml.PostFormAsync(client, "/contact", "contact", "fr", ValidFields());
        var sent = await PageHtml.GetAsync(client, "/contact/sent", "fr");

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.OriginalString.ShouldEndWith("contact/sent");
        WebUtility.HtmlDecode(await sent.Content.ReadAsStringAsync()).ShouldContain("votre message a été transmis aux curateurs");
        smtp.Received.Count.ShouldBe(2);
        var french = smtp.To("curator.fr@digital113.example");
        french.Subject.ShouldBe("Formulaire de contact : une mission ou la recherche d'ingénieurs — Hiroshi Tanaka");
        french.TextBody.ShouldNotBeNull().ShouldContain("hiroshi@maple.example");
        french.TextBody.ShouldNotBeNull().ShouldContain("Maple Avionics");
        french.TextBody.ShouldNotBeNull().ShouldContain("We look for two embedded engineers for a remote mission.");
        french.TextBody.ShouldNotBeNull().ShouldContain("Langue : français");
        smtp.To("curator.en@digital113.example").Subject.ShouldBe("Contact form: a mission or finding engineers — Hiroshi Tanaka");
    }

    [Theory, BothProviders]
    public async Task Bad_values_are_refused_field_by_field_in_the_visitors_language_and_nothing_is_sent(DatabaseProvider provider)
    {
        var database = await Fixture.UseAsync(provider);
        using var smtp = new TestSmtpServer();
        await using var app = new TescForceWebApplicationFactory(database, environment: "Production", settings: smtp.Settings);
        await AddCuratorAsync(app, database, "curator@digital113.example", "en");
        var fields = ValidFields();
        fields["Input.Name"] = " ";
        fields["Input.Email"] = "not-an-address";
        fields["Input.Subject"] = "";
        fields["Input.Message"] = "Hi";

        var response = await PageHtml.PostFormAsync(app.CreateClient(), "/contact", "contact", "fr", fields);
        var service = await Should.ThrowAsync<ValidationFailedException>(() => app.Services.CreateScope().ServiceProvider
            .GetRequiredService<ContactMessages>().SendAsync(new ContactMessageInput { Organisation = new string('o', 201) }, "en"));

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        html.ShouldContain("Indiquez votre nom (2 à 200 caractères).");
        html.ShouldContain("Indiquez une adresse e-mail valide");
        html.ShouldContain("Choisissez l'objet de votre message.");
        html.ShouldContain("Écrivez votre message : de 10 à 4 000 caractères.");
        service.Errors.Keys.ShouldBe(["Name", "Email", "Organisation", "Subject", "Message"], ignoreOrder: true);
        smtp.Received.ShouldBeEmpty();
    }

    [Theory, BothProviders]
    public async Task A_filled_trap_field_or_a_sixth_message_in_the_hour_sends_nothing(DatabaseProvider provider)
    {
        var database = await Fixture.UseAsync(provider);
        using var smtp = new TestSmtpServer();
        await using var app = new TescForceWebApplicationFactory(database, environment: "Production", settings: smtp.Settings);
        await AddCuratorAsync(app, database, "curator@digital113.example", "en");
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var robot = ValidFields();
        robot["Input.Website"] = "https://spam.example";

        var trapped = await PageHtml.PostFormAsync(client, "/contact", "contact", "en", robot);
        for (var i = 2; i <= FormSubmissionLimiter.PermitsPerWindow; i++)
        {
            (await PageHtml.PostFormAsync(client, "/contact", "contact", "en", ValidFields())).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        }

        var sixth = await PageHtml.PostFormAsync(client, "/contact", "contact", "en", ValidFields());

        trapped.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        sixth.StatusCode.ShouldBe(HttpStatusCode.OK);
        WebUtility.HtmlDecode(await sixth.Content.ReadAsStringAsync()).ShouldContain("Too many messages were sent from your connection");
        smtp.Received.Count.ShouldBe(FormSubmissionLimiter.PermitsPerWindow - 1);
    }

    /// <summary>A curator account in the database, in a language, to receive the form's messages.</summary>
    internal static async Task AddCuratorAsync(WebApplicationFactory<Program> app, TestDatabase database, string email, string culture)
    {
        _ = app.Services; // starts the host, which creates the roles
        var curator = await TestData.InsertMemberAsync(database, email, culture);
        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        var user = await users.FindByIdAsync(curator.UserId);
        (await users.RemoveFromRolesAsync(user!, await users.GetRolesAsync(user!))).Succeeded.ShouldBeTrue();
        (await users.AddToRoleAsync(user!, Roles.Curator)).Succeeded.ShouldBeTrue();
    }
}
