using System.Net;
using System.Text.Json;
using TescForce.Infrastructure.Data;
using TescForce.IntegrationTests.Infrastructure;

namespace TescForce.IntegrationTests.Health;

public sealed class HealthEndpointTests(DatabaseFixture fixture) : IntegrationTest(fixture)
{
    [Theory, BothProviders]
    public async Task Live_answers_200_with_a_json_status(DatabaseProvider provider)
    {
        await using var app = new TescForceWebApplicationFactory(await Fixture.UseAsync(provider));

        var response = await app.CreateClient().GetAsync("/health/live");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await StatusOf(response)).ShouldBe("Healthy");
    }

    [Theory, BothProviders]
    public async Task Ready_answers_200_when_the_database_is_reachable_and_migrated(DatabaseProvider provider)
    {
        await using var app = new TescForceWebApplicationFactory(await Fixture.UseAsync(provider));

        var response = await app.CreateClient().GetAsync("/health/ready");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await StatusOf(response)).ShouldBe("Healthy");
    }

    [Theory, BothProviders]
    public async Task Ready_answers_503_while_migrations_are_pending(DatabaseProvider provider)
    {
        var empty = await Fixture.CreateEmptyAsync(provider);
        await using var app = new TescForceWebApplicationFactory(empty, settings: new Dictionary<string, string?>
        {
            ["Database:MigrateOnStartup"] = "false",
        });
        var client = app.CreateClient();

        var ready = await client.GetAsync("/health/ready");
        var live = await client.GetAsync("/health/live");

        ready.StatusCode.ShouldBe(HttpStatusCode.ServiceUnavailable);
        (await StatusOf(ready)).ShouldBe("Unhealthy");
        live.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    private static async Task<string?> StatusOf(HttpResponseMessage response)
    {
        response.Content.Headers.ContentType?.MediaType.ShouldBe("application/json");
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return json.RootElement.GetProperty("status").GetString();
    }
}
