using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Nodes;
using TescForce.Infrastructure.Data;
using TescForce.IntegrationTests.Api;
using TescForce.IntegrationTests.Infrastructure;
using Xunit.Abstractions;

namespace TescForce.IntegrationTests.Security.Fuzzing;

/// <summary>
/// Every endpoint of the API that takes a JSON body, fed mutations of a valid body (<see cref="JsonMutation"/>) through the in-process
/// server: never a 5xx, every refusal a problem document, and a refused request writes nothing.
/// </summary>
public sealed class ApiBodyFuzzTests(DatabaseFixture fixture, ITestOutputHelper output) : IntegrationTest(fixture)
{
    private sealed record Endpoint(HttpMethod Method, string Path, JsonNode Body, HttpClient Client, bool IfMatch);

    [Theory, BothProviders]
    public async Task Mutated_bodies_get_a_4xx_problem_and_write_nothing_never_a_5xx(DatabaseProvider provider)
    {
        var database = await Fixture.UseAsync(provider);
        await using var host = ApiHost.Start(database, FuzzBudget.UnlimitedApi);
        await using var fingerprint = await RowFingerprint.OpenAsync(database);
        var (_, _, company) = await host.CompanyAsync("Fuzzed Company");
        var (_, _, client) = await host.ClientAsync("Fuzzed Client");
        var skillId = await MissionApiBodies.KubernetesAsync(database);
        var consultant = Node(new
        {
            fullName = "Claire Martin", email = "claire@example.com", externalReference = "J-1", headline = "Senior embedded software engineer",
            summary = "Flight software in C and Ada.", seniorityYears = 12, city = "Toulouse", countryCode = "FR", remotePreference = "RemoteWithTravel",
            dailyRateEur = 650, timeZone = "Europe/Paris", workdayStart = "09:00:00", workdayEnd = "17:30:00", availableFrom = "2027-01-04",
            availableUntil = "2027-06-30", capacityPercent = 80, sectors = new[] { "aerospace" }, certifications = new[] { "ISTQB" },
            skills = new[] { new { skillId, level = 4, years = 5 } }, languages = new[] { new { code = "fr", level = "C2" } },
        });
        var mission = Node(MissionApiBodies.Valid(skillId));
        var consultantId = await CreateAsync(company, "/api/v1/consultants", consultant);
        var missionId = await CreateAsync(client, "/api/v1/missions", mission);
        var etags = new Dictionary<string, string> { [$"/api/v1/consultants/{consultantId}"] = "\"1\"", [$"/api/v1/missions/{missionId}"] = "\"1\"" };
        Endpoint[] endpoints =
        [
            new(HttpMethod.Post, "/api/v1/consultants", consultant, company, false),
            new(HttpMethod.Put, $"/api/v1/consultants/{consultantId}", consultant, company, true),
            new(HttpMethod.Put, "/api/v1/consultants/by-external-reference/J-9", consultant, company, false),
            new(HttpMethod.Put, $"/api/v1/consultants/{consultantId}/consent", Node(new { consentRecordedAt = "2026-01-15", consentMethod = "Signed form" }),
                company, false),
            new(HttpMethod.Post, "/api/v1/consultants/availability",
                Node(new { items = new[] { new { externalReference = "J-1", availableFrom = "2027-02-01", capacityPercent = 60 } } }), company, false),
            new(HttpMethod.Post, "/api/v1/missions", mission, client, false),
            new(HttpMethod.Put, $"/api/v1/missions/{missionId}", mission, client, true),
            new(HttpMethod.Post, "/api/v1/matches/preview", mission, client, false),
            new(HttpMethod.Post, "/api/v1/introductions", Node(new { missionId, reference = "TF-7K3QX2", message = "Could we talk on Tuesday?" }), client, false),
            new(HttpMethod.Post, $"/api/v1/introductions/{Guid.NewGuid()}/decline", Node(new { reason = "Staffed until June." }), company, false),
        ];

        var report = await Fuzzer.RunAsync("api-json " + provider, JsonMutation.For(endpoints.Length), FuzzBudget.Inputs(regular: 1_000), async (mutation, tally) =>
        {
            var endpoint = endpoints[mutation.Endpoint];
            var body = mutation.Apply(endpoint.Body);
            using var request = new HttpRequestMessage(endpoint.Method, endpoint.Path) { Content = new ByteArrayContent(body) };
            if (mutation.ContentType.Length > 0)
            {
                request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(mutation.ContentType);
            }

            if (endpoint.IfMatch)
            {
                request.Headers.TryAddWithoutValidation("If-Match", etags[endpoint.Path]);
            }

            var before = await fingerprint.ReadAsync();
            var failure = await SendAsync(endpoint, request, before, tally);
            return failure is null ? null : $"{failure}\n    body: {FuzzReport.Printable(body)}";
        });

        report.Conclude(output);

        async Task<string?> SendAsync(Endpoint endpoint, HttpRequestMessage request, string before, FuzzReport tally)
        {
            HttpResponseMessage response;
            try
            {
                response = await endpoint.Client.SendAsync(request);
            }
            catch (Exception exception) when (exception is not OutOfMemoryException)
            {
                return $"unhandled {exception.GetType().Name} on {endpoint.Method} {endpoint.Path}: {exception.Message}";
            }

            using var _ = response;
            var status = (int)response.StatusCode;
            tally.Tally(status.ToString(System.Globalization.CultureInfo.InvariantCulture));
            if (response.IsSuccessStatusCode)
            {
                if (endpoint.IfMatch && response.Headers.ETag is { } etag)
                {
                    etags[endpoint.Path] = etag.Tag;
                }

                return null;
            }

            var after = await fingerprint.ReadAsync();
            return (status, response.Content.Headers.ContentType?.MediaType) switch
            {
                ( >= 500, _) => $"{status} on {endpoint.Method} {endpoint.Path}: {await response.Content.ReadAsStringAsync()}",
                (_, not "application/problem+json") => $"{status} without a problem document on {endpoint.Method} {endpoint.Path}",
                _ when after != before => $"{status} on {endpoint.Method} {endpoint.Path}, yet rows changed ({before} -> {after})",
                _ => null,
            };
        }
    }

    private static JsonNode Node(object value) => JsonSerializer.SerializeToNode(value)!;

    private static async Task<Guid> CreateAsync(HttpClient api, string path, JsonNode body)
    {
        using var response = await api.PostAsync(path, new StringContent(body.ToJsonString(), System.Text.Encoding.UTF8, "application/json"));
        response.EnsureSuccessStatusCode();
        return (await JsonSerializer.DeserializeAsync<JsonElement>(await response.Content.ReadAsStreamAsync())).GetProperty("id").GetGuid();
    }
}
