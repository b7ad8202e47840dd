using System.Net;
using Microsoft.Extensions.DependencyInjection;
using TescForce.Application.Common.Email;
using TescForce.Infrastructure.Data;
using TescForce.IntegrationTests.Infrastructure;

namespace TescForce.IntegrationTests.Email;

/// <summary>The pickup folder's messages are readable at /dev/mailbox in Development, and the page does not exist elsewhere.</summary>
public sealed class DevelopmentMailboxTests(DatabaseFixture fixture) : IntegrationTest(fixture)
{
    [Fact]
    public async Task In_development_the_mailbox_lists_and_shows_the_written_messages()
    {
        var folder = Directory.CreateTempSubdirectory("tescforce-mail-");
        try
        {
            await using var app = new TescForceWebApplicationFactory(await Fixture.UseAsync(DatabaseProvider.Sqlite),
                settings: new Dictionary<string, string?> { ["Email:PickupDirectory"] = folder.FullName });
            await app.Services.GetRequiredService<IEmailSender>()
                .SendAsync(new EmailMessage("zoe@example.com", "Bienvenue à bord", "Première ligne\nDeuxième ligne"));
            var name = folder.GetFiles("*.eml").ShouldHaveSingleItem().Name;
            var client = app.CreateClient();

            var list = await client.GetStringAsync("/dev/mailbox");
            var message = await client.GetStringAsync($"/dev/mailbox/{name}");
            var outside = await client.GetAsync("/dev/mailbox/..%2Fappsettings.json");

            list.ShouldContain("zoe@example.com");
            list.ShouldContain("Bienvenue à bord");
            message.ShouldContain("Deuxième ligne");
            outside.StatusCode.ShouldNotBe(HttpStatusCode.InternalServerError);
            (await outside.Content.ReadAsStringAsync()).ShouldNotContain("ConnectionStrings");
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task Outside_development_the_mailbox_is_not_found()
    {
        await using var app = new TescForceWebApplicationFactory(await Fixture.UseAsync(DatabaseProvider.Sqlite), environment: "Production");

        var response = await app.CreateClient().GetAsync("/dev/mailbox");

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }
}
