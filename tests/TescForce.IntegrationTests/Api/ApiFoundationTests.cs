using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.OpenApi;
using Microsoft.OpenApi.Reader;
using TescForce.Application.ApiKeys;
using TescForce.Application.Skills;
using TescForce.Infrastructure.Data;
using TescForce.IntegrationTests.Infrastructure;

namespace TescForce.IntegrationTests.Api;

/// <summary>What every endpoint of /api/v1 shares: key authentication, problem details, limits, the OpenAPI document; and the skills and skills-map resources.</summary>
public sealed class ApiFoundationTests(DatabaseFixture fixture) : IntegrationTest(fixture)
{
    [Theory, BothProviders]
    public async Task Calls_without_a_valid_key_get_401_problems_and_the_site_cookie_is_not_a_key(DatabaseProvider provider)
    {
        await using var host = ApiHost.Start(await Fixture.UseAsync(provider), TestAuthentication.Setting);
        var (_, member, _) = await host.CompanyAsync("Cookie Company");

        var none = await host.WithKey(null).GetAsync("/api/v1/skills?q=java");
        var wrong = await host.WithKey("tf_abcdefghij_" + new string('A', 43)).GetAsync("/api/v1/skills?q=java");
        var basic = host.WithKey(null);
        basic.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Basic", "dXNlcjpwYXNz");
        var basicResponse = await basic.GetAsync("/api/v1/skills?q=java");
        var signedIn = host.WithKey(null).SignedInAs(member);
        var cookieResponse = await signedIn.GetAsync("/api/v1/skills?q=java");

        var details = new List<string?>();
        foreach (var response in new[] { none, wrong, basicResponse, cookieResponse })
        {
            response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
            response.Headers.WwwAuthenticate.ToString().ShouldBe("Bearer");
            var problem = await ApiHost.ProblemAsync(response);
            problem.GetProperty("status").GetInt32().ShouldBe(401);
            details.Add(problem.GetProperty("detail").GetString());
        }

        details.ShouldAllBe(detail => !string.IsNullOrWhiteSpace(detail));
        details[1].ShouldNotBeNull().ShouldContain("not valid");
    }

    [Theory, BothProviders]
    public async Task Skills_are_searched_and_read_with_their_parents_and_children_and_bad_queries_are_explained(DatabaseProvider provider)
    {
        await using var host = ApiHost.Start(await Fixture.UseAsync(provider));
        var (_, _, api) = await host.CompanyAsync("Skill Reader");

        var found = await ApiHost.ReadAsync<List<SkillOption>>(await api.GetAsync("/api/v1/skills?q=machine%20learning&lang=fr&limit=5"));
        IReadOnlyList<SkillOption> expected;
        await using (var scope = host.App.Services.CreateAsyncScope())
        {
            expected = await scope.ServiceProvider.GetRequiredService<SkillCatalogue>().SearchAsync("machine learning", "fr", 5);
        }

        var first = found[0];
        var details = await ApiHost.ReadAsync<SkillDetails>(await api.GetAsync($"/api/v1/skills/{first.Id}?lang=fr"));
        var parent = details.Parents[0];
        var parentDetails = await ApiHost.ReadAsync<SkillDetails>(await api.GetAsync($"/api/v1/skills/{parent.Id}"));
        var invalid = await api.GetAsync("/api/v1/skills?q=&lang=de&limit=500");
        var missing = await api.GetAsync("/api/v1/skills/99999999");
        var nowhere = await api.GetAsync("/api/v1/no-such-thing");

        found.ShouldNotBeEmpty();
        found.ShouldBe(expected);
        details.Id.ShouldBe(first.Id);
        details.Label.ShouldBe(first.Label);
        parentDetails.Children.Select(c => c.Id).ShouldContain(first.Id);
        invalid.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var errors = (await ApiHost.ProblemAsync(invalid)).GetProperty("errors");
        errors.EnumerateObject().Select(e => e.Name).Order().ShouldBe(["lang", "limit", "q"]);
        errors.GetProperty("limit")[0].GetString().ShouldBe("limit is between 1 and 50.");
        missing.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await ApiHost.ProblemAsync(missing)).GetProperty("detail").GetString().ShouldBe("There is no skill with this id.");
        nowhere.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await ApiHost.ProblemAsync(nowhere)).GetProperty("status").GetInt32().ShouldBe(404);
    }

    [Theory, BothProviders]
    public async Task The_public_skills_map_needs_no_key_and_names_no_company(DatabaseProvider provider)
    {
        await using var host = ApiHost.Start(await Fixture.UseAsync(provider));
        await host.CompanyAsync("Mapped Company");

        var response = await host.WithKey(null).GetAsync("/api/v1/skills-map?languageCode=en&minLanguageLevel=C1&lang=fr");
        var invalid = await host.WithKey(null).GetAsync("/api/v1/skills-map?minLanguageLevel=C1");
        var malformed = await host.WithKey(null).GetAsync("/api/v1/skills-map?availableFrom=tomorrow");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var map = await response.Content.ReadFromJsonAsync<JsonElement>();
        map.GetProperty("isPublic").GetBoolean().ShouldBeTrue();
        map.GetProperty("companies").GetArrayLength().ShouldBe(0);
        map.GetProperty("weeks").GetArrayLength().ShouldBe(12);
        invalid.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await ApiHost.ProblemAsync(invalid)).GetProperty("errors").TryGetProperty("minLanguageLevel", out _).ShouldBeTrue();
        malformed.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await ApiHost.ProblemAsync(malformed)).GetProperty("detail").GetString().ShouldNotBeNull().ShouldContain("availableFrom");
    }

    [Theory, BothProviders]
    public async Task Each_key_has_its_own_rate_limit_answered_with_429_and_Retry_After(DatabaseProvider provider)
    {
        await using var host = ApiHost.Start(await Fixture.UseAsync(provider), new Dictionary<string, string?>
        {
            ["Api:RateLimitPermits"] = "3", ["Api:RateLimitWindowSeconds"] = "60",
        });
        var (company, member, first) = await host.CompanyAsync("Busy Company");
        var second = await host.ClientWithKeyAsync(member, ApiKeyOwner.Company(company.Id));

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
        {
            statuses.Add((await first.GetAsync("/api/v1/skills?q=java")).StatusCode);
        }

        var limited = await first.GetAsync("/api/v1/skills?q=java");
        var other = await second.GetAsync("/api/v1/skills?q=java");

        statuses.ShouldBe([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests]);
        limited.StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
        limited.Headers.RetryAfter.ShouldNotBeNull().Delta.ShouldNotBeNull().TotalSeconds.ShouldBeInRange(1, 60);
        (await ApiHost.ProblemAsync(limited)).GetProperty("status").GetInt32().ShouldBe(429);
        other.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Theory, BothProviders]
    public async Task Oversized_bodies_are_refused_with_413_before_they_are_read(DatabaseProvider provider)
    {
        await using var host = ApiHost.Start(await Fixture.UseAsync(provider), new Dictionary<string, string?> { ["Api:MaxBodyBytes"] = "1024" });
        var (_, _, api) = await host.CompanyAsync("Big Bodies");
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/skills?q=java")
        {
            Content = new StringContent(new string('x', 4096), Encoding.UTF8, "application/json"),
        };

        var response = await api.SendAsync(request);

        response.StatusCode.ShouldBe(HttpStatusCode.RequestEntityTooLarge);
        (await ApiHost.ProblemAsync(response)).GetProperty("detail").GetString().ShouldNotBeNull().ShouldContain("1024");
    }

    [Theory, BothProviders]
    public async Task The_OpenAPI_document_is_valid_and_documents_the_API_and_its_key(DatabaseProvider provider)
    {
        await using var host = ApiHost.Start(await Fixture.UseAsync(provider));
        var visitor = host.WithKey(null);

        var json = await visitor.GetStringAsync("/openapi/v1.json");
        var docs = await host.App.CreateClient().GetAsync("/api/docs");
        var read = OpenApiDocument.Parse(json, OpenApiConstants.Json, new OpenApiReaderSettings());

        read.Diagnostic.ShouldNotBeNull().Errors.ShouldBeEmpty();
        var document = read.Document.ShouldNotBeNull();
        document.Paths.Keys.ShouldContain("/api/v1/skills");
        document.Paths.Keys.ShouldContain("/api/v1/skills/{id}");
        document.Paths.Keys.ShouldContain("/api/v1/skills-map");
        document.Paths.Keys.ShouldAllBe(path => path.StartsWith("/api/v1/", StringComparison.Ordinal));
        document.Components.ShouldNotBeNull().SecuritySchemes.ShouldNotBeNull().Keys.ShouldContain("ApiKey");
        var search = document.Paths["/api/v1/skills"].Operations.ShouldNotBeNull()[HttpMethod.Get];
        search.Security.ShouldNotBeNull().ShouldNotBeEmpty();
        search.Summary.ShouldNotBeNullOrWhiteSpace();
        search.Responses.ShouldNotBeNull()["200"].Content.ShouldNotBeNull()["application/json"].Example.ShouldNotBeNull();
        document.Paths["/api/v1/skills-map"].Operations.ShouldNotBeNull()[HttpMethod.Get].Security.ShouldBeNull();
        docs.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await docs.Content.ReadAsStringAsync()).ShouldContain("TescForce API");
    }
}
