using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using TescForce.Infrastructure.Data;
using TescForce.IntegrationTests.Infrastructure;

namespace TescForce.IntegrationTests.Email;

/// <summary>The Identity pages' e-mails leave through the platform's sender, in the language kept on the account.</summary>
public sealed class AccountEmailTests(DatabaseFixture fixture) : IntegrationTest(fixture)
{
    [Theory, BothProviders]
    public async Task A_forgotten_password_sends_a_reset_link_in_the_accounts_language_whatever_the_page_language(DatabaseProvider provider)
    {
        var (smtp, app, client) = await ArrangeAsync(provider, "chloe@maple.example", "fr");
        using var _ = smtp;
        await using var __ = app;

        var response = await client.SubmitFormAsync("/Account/ForgotPassword", "forgot-password",
            new Dictionary<string, string> { ["Input.Email"] = "chloe@maple.example" });

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var mail = smtp.To("chloe@maple.example");
        mail.Subject.ShouldBe("Réinitialisez votre mot de passe");
        mail.TextBody.ShouldNotBeNull().ShouldContain("Pour choisir un nouveau mot de passe sur TescForce, ouvrez ce lien :");
        mail.TextBody.ShouldContain("/Account/ResetPassword?code=");
        mail.TextBody.ShouldNotContain("&amp;");
    }

    [Theory, BothProviders]
    public async Task Without_a_language_on_the_account_the_reset_link_follows_the_page_language(DatabaseProvider provider)
    {
        var (smtp, app, client) = await ArrangeAsync(provider, "anna@maple.example", null);
        using var _ = smtp;
        await using var __ = app;

        await client.SubmitFormAsync("/Account/ForgotPassword", "forgot-password",
            new Dictionary<string, string> { ["Input.Email"] = "anna@maple.example" });

        smtp.To("anna@maple.example").Subject.ShouldBe("Reset your password");
    }

    /// <summary>A client member with a confirmed address, and a browser reading the site in English.</summary>
    private async Task<(TestSmtpServer Smtp, TescForceWebApplicationFactory App, HttpClient Client)> ArrangeAsync(
        DatabaseProvider provider, string email, string? culture)
    {
        var database = await Fixture.UseAsync(provider);
        var smtp = new TestSmtpServer();
        var app = new TescForceWebApplicationFactory(database, settings: smtp.Settings);
        var (organisation, _) = await TestData.InsertClientAsync(database, "Maple Avionics");
        await TestData.InsertMemberAsync(database, email, culture, clientId: organisation.Id);
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en-GB,en;q=0.9");
        return (smtp, app, client);
    }
}
