using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using TescForce.Infrastructure.Data;
using TescForce.IntegrationTests.Infrastructure;
using TescForce.IntegrationTests.Public;

namespace TescForce.IntegrationTests.Security;

/// <summary>
/// A form posted without the site's antiforgery token (as another site would make a visitor's browser post it)
/// is refused with 400 and does nothing: statically rendered pages and the Identity endpoints that take forms.
/// </summary>
public sealed class AntiforgeryTests(DatabaseFixture fixture) : IntegrationTest(fixture)
{
    [Theory, BothProviders]
    public async Task A_static_form_posted_without_its_token_is_refused_and_sends_nothing(DatabaseProvider provider)
    {
        var database = await Fixture.UseAsync(provider);
        using var smtp = new TestSmtpServer();
        await using var app = new TescForceWebApplicationFactory(database, environment: "Production", settings: smtp.Settings);
        await ContactFormTests.AddCuratorAsync(app, database, "curator@digital113.example", "en");
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var fields = new Dictionary<string, string>(ContactFormTests.ValidFields()) { ["_handler"] = "contact" };

        using var response = await client.PostAsync("/contact", new FormUrlEncodedContent(fields));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        smtp.Received.ShouldBeEmpty();
    }

    [Theory, BothProviders]
    public async Task The_personal_data_download_posted_without_its_token_is_refused_and_returns_no_data(DatabaseProvider provider)
    {
        var database = await Fixture.UseAsync(provider);
        await using var app = new TescForceWebApplicationFactory(database, environment: "Production", settings: TestAuthentication.Setting);
        var member = await TestData.InsertMemberAsync(database, "member@alpha.example", "en");
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false })
            .SignedInAs(member.UserId, member.Roles);

        using var response = await client.PostAsync("/Account/Manage/DownloadPersonalData", new FormUrlEncodedContent([]));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.Content.ReadAsStringAsync()).ShouldNotContain("member@alpha.example");
    }

    [Theory, BothProviders]
    public async Task Logging_out_without_the_token_is_refused(DatabaseProvider provider)
    {
        var database = await Fixture.UseAsync(provider);
        await using var app = new TescForceWebApplicationFactory(database, environment: "Production");
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        using var response = await client.PostAsync("/Account/Logout", new FormUrlEncodedContent([new("returnUrl", "")]));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }
}
