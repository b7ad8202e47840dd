using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using TescForce.Infrastructure.Data;
using TescForce.IntegrationTests.Infrastructure;

namespace TescForce.IntegrationTests.Api;

/// <summary>The API's problem documents speak the caller's Accept-Language: French under fr, English otherwise.</summary>
public sealed class ApiLanguageTests(DatabaseFixture fixture) : IntegrationTest(fixture)
{
    [Theory, BothProviders]
    public async Task A_validation_error_is_in_French_under_Accept_Language_fr_and_in_English_without_it(DatabaseProvider provider)
    {
        var database = await Fixture.UseAsync(provider);
        await using var host = ApiHost.Start(database);
        var (_, _, api) = await host.ClientAsync("Bilingual Client");

        var english = await api.PostAsJsonAsync("/api/v1/missions", MissionApiBodies.Invalid);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/missions") { Content = JsonContent.Create(MissionApiBodies.Invalid) };
        request.Headers.AcceptLanguage.Add(new StringWithQualityHeaderValue("fr"));
        var french = await api.SendAsync(request);

        english.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        french.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await ApiHost.ProblemAsync(english)).GetProperty("errors").GetProperty("title")[0].GetString()
            .ShouldBe("The title has 5 to 200 characters.");
        (await ApiHost.ProblemAsync(french)).GetProperty("errors").GetProperty("title")[0].GetString()
            .ShouldBe("Le titre compte de 5 à 200 caractères.");
    }
}
