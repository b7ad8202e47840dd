using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using TescForce.Domain.Consultants;
using TescForce.Infrastructure.Data;
using TescForce.IntegrationTests.Api;
using TescForce.IntegrationTests.Infrastructure;
using TescForce.Web.Api;

namespace TescForce.IntegrationTests.Security;

/// <summary>
/// Bad input at the API's door, always checked (the fuzz targets in Fuzzing/ draw many more): oversized and deeply nested bodies,
/// invalid Unicode, NUL characters, SQL injection in searches and filters, HTML in text fields.
/// </summary>
public sealed class BadInputTests(DatabaseFixture fixture) : IntegrationTest(fixture)
{
    private const string Consultants = "/api/v1/consultants";

    private static string Profile(string fullName = "Claire Martin", string summary = "Flight software in C and Ada.", string reference = "HR-1") =>
        JsonSerializer.Serialize(new
        {
            fullName, email = "claire@example.com", externalReference = reference, headline = "Senior embedded software engineer", summary,
            seniorityYears = 12, city = "Toulouse", dailyRateEur = 650, availableFrom = "2027-01-04",
        });

    private static StringContent Json(string body) => new(body, Encoding.UTF8, "application/json");

    /// <summary>A valid mission changed by <paramref name="change"/>, posted by a client to be created, then to preview its matches.</summary>
    private static async Task<(HttpResponseMessage Created, HttpResponseMessage Previewed)> PostMissionAsync(ApiHost host,
        Action<System.Text.Json.Nodes.JsonNode> change)
    {
        var (_, _, api) = await host.ClientAsync("Mission Client");
        var mission = JsonSerializer.SerializeToNode(MissionApiBodies.Valid(await MissionApiBodies.KubernetesAsync(host.Database)))!;
        change(mission);
        return (await api.PostAsync("/api/v1/missions", Json(mission.ToJsonString())),
            await api.PostAsync("/api/v1/matches/preview", Json(mission.ToJsonString())));
    }

    private static async Task<JsonElement> ShouldBeRefusedAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        response.StatusCode.ShouldBe(status);
        var problem = await ApiHost.ProblemAsync(response);
        problem.GetProperty("status").GetInt32().ShouldBe((int)status);
        return problem;
    }

    /// <remarks>
    /// A body sent without its length (chunked) is cut by Kestrel at the same limit (ApiRequestMiddleware sets
    /// IHttpMaxRequestBodySizeFeature); the in-process test server has no such feature, so only the announced length is checked here.
    /// </remarks>
    [Theory, BothProviders]
    public async Task A_body_over_the_APIs_default_limit_is_refused_with_413_and_nothing_is_saved(DatabaseProvider provider)
    {
        await using var host = ApiHost.Start(await Fixture.UseAsync(provider));
        var (_, _, api) = await host.CompanyAsync("Big Bodies");

        var response = await api.PostAsync(Consultants, Json(Profile(summary: new string('x', 300 * 1024))));

        (await ShouldBeRefusedAsync(response, HttpStatusCode.RequestEntityTooLarge)).GetProperty("detail").GetString().ShouldNotBeNull()
            .ShouldContain((256 * 1024).ToString(System.Globalization.CultureInfo.InvariantCulture));
        (await CountAsync<Consultant>(host.Database)).ShouldBe(0);
    }

    [Theory, BothProviders]
    public async Task JSON_nested_deeper_than_the_limit_is_a_400_problem(DatabaseProvider provider)
    {
        await using var host = ApiHost.Start(await Fixture.UseAsync(provider));
        var (_, _, api) = await host.CompanyAsync("Deep Bodies");

        var deepValue = await api.PostAsync(Consultants, Json(Profile().Replace("\"Toulouse\"", new string('[', 40) + new string(']', 40), StringComparison.Ordinal)));
        var deepObject = await api.PostAsync(Consultants, Json(string.Concat(Enumerable.Repeat("{\"a\":", 10_000)) + "1" + new string('}', 10_000)));

        (await ShouldBeRefusedAsync(deepValue, HttpStatusCode.BadRequest)).GetProperty("detail").GetString().ShouldNotBeNull().ShouldContain("depth");
        await ShouldBeRefusedAsync(deepObject, HttpStatusCode.BadRequest);
        (await CountAsync<Consultant>(host.Database)).ShouldBe(0);
    }

    [Theory, BothProviders]
    public async Task Lone_surrogates_and_invalid_UTF8_in_a_body_are_refused_with_400(DatabaseProvider provider)
    {
        await using var host = ApiHost.Start(await Fixture.UseAsync(provider));
        var (_, _, api) = await host.CompanyAsync("Broken Text");
        var invalidUtf8 = Encoding.UTF8.GetBytes(Profile(fullName: "Claire #"));
        invalidUtf8[Array.IndexOf(invalidUtf8, (byte)'#')] = 0xFF;
        var bytes = new ByteArrayContent(invalidUtf8);
        bytes.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");

        var loneSurrogate = await api.PostAsync(Consultants, Json(Profile().Replace("Claire Martin", "Claire \\ud800 Martin", StringComparison.Ordinal)));
        var reversedPair = await api.PostAsync(Consultants, Json(Profile().Replace("Claire Martin", "Claire \\udc00\\ud800", StringComparison.Ordinal)));
        var badBytes = await api.PostAsync(Consultants, bytes);

        await ShouldBeRefusedAsync(loneSurrogate, HttpStatusCode.BadRequest);
        await ShouldBeRefusedAsync(reversedPair, HttpStatusCode.BadRequest);
        await ShouldBeRefusedAsync(badBytes, HttpStatusCode.BadRequest);
        (await CountAsync<Consultant>(host.Database)).ShouldBe(0);
    }

    [Theory, BothProviders]
    public async Task A_NUL_character_in_a_text_field_is_a_400_naming_the_field_on_both_databases(DatabaseProvider provider)
    {
        await using var host = ApiHost.Start(await Fixture.UseAsync(provider));
        var (_, _, api) = await host.CompanyAsync("Nul Company");

        var response = await api.PostAsync(Consultants, Json(Profile(fullName: "Claire\u0000Martin")));

        (await ShouldBeRefusedAsync(response, HttpStatusCode.BadRequest)).GetProperty("detail").GetString().ShouldNotBeNull().ShouldContain("$.fullName");
        (await CountAsync<Consultant>(host.Database)).ShouldBe(0);
    }

    [Theory, BothProviders]
    public async Task A_mission_whose_skills_or_languages_hold_null_items_is_a_400_not_a_500(DatabaseProvider provider)
    {
        var database = await Fixture.UseAsync(provider);
        await using var host = ApiHost.Start(database);

        var (created, previewed) = await PostMissionAsync(host, mission =>
        {
            mission["skills"] = new System.Text.Json.Nodes.JsonArray(null, null);
            mission["languages"] = new System.Text.Json.Nodes.JsonArray((System.Text.Json.Nodes.JsonNode?)null);
        });

        (await ShouldBeRefusedAsync(created, HttpStatusCode.BadRequest)).GetProperty("errors").EnumerateObject().Select(e => e.Name).ShouldContain("skills");
        await ShouldBeRefusedAsync(previewed, HttpStatusCode.BadRequest);
        (await CountAsync<Domain.Missions.Mission>(database)).ShouldBe(0);
    }

    [Theory, BothProviders]
    public async Task A_mission_starting_on_the_last_day_of_the_calendar_is_a_400_not_a_500(DatabaseProvider provider)
    {
        var database = await Fixture.UseAsync(provider);
        await using var host = ApiHost.Start(database);

        var (created, previewed) = await PostMissionAsync(host, mission => mission["startDate"] = "9999-12-31");

        (await ShouldBeRefusedAsync(created, HttpStatusCode.BadRequest)).GetProperty("errors").GetProperty("startDate")[0].GetString()
            .ShouldBe("A mission starts on 2099-12-31 at the latest.");
        await ShouldBeRefusedAsync(previewed, HttpStatusCode.BadRequest);
        (await CountAsync<Domain.Missions.Mission>(database)).ShouldBe(0);
    }

    [Theory, BothProviders]
    public async Task SQL_injection_in_searches_and_filters_finds_nothing_more_than_the_text_would(DatabaseProvider provider)
    {
        await using var host = ApiHost.Start(await Fixture.UseAsync(provider));
        var (_, _, api) = await host.CompanyAsync("Injected Company");
        (await api.PostAsync(Consultants, Json(Profile()))).StatusCode.ShouldBe(HttpStatusCode.Created);
        (await api.PostAsync(Consultants, Json(Profile(fullName: "Bruno O'Neil", reference: "HR-2")))).StatusCode.ShouldBe(HttpStatusCode.Created);

        var orTrue = await ApiHost.ReadAsync<ApiPage<ConsultantApiListItem>>(await api.GetAsync($"{Consultants}?q={Uri.EscapeDataString("' OR '1'='1")}"));
        var quote = await ApiHost.ReadAsync<ApiPage<ConsultantApiListItem>>(await api.GetAsync($"{Consultants}?q={Uri.EscapeDataString("o'neil")}"));
        var wildcard = await ApiHost.ReadAsync<ApiPage<ConsultantApiListItem>>(await api.GetAsync($"{Consultants}?q=%25"));
        var nul = await api.GetAsync($"{Consultants}?q=Claire%00");
        var drop = await api.GetAsync($"/api/v1/skills?q={Uri.EscapeDataString("'; DROP TABLE \"SkillTags\"; --")}");
        var sort = await api.GetAsync($"{Consultants}?sort={Uri.EscapeDataString("Name; DROP TABLE \"Consultants\"")}");

        orTrue.Total.ShouldBe(0);
        quote.Items.ShouldHaveSingleItem().FullName.ShouldBe("Bruno O'Neil");
        wildcard.Total.ShouldBe(0);
        drop.StatusCode.ShouldBe(HttpStatusCode.OK);
        await ShouldBeRefusedAsync(sort, HttpStatusCode.BadRequest);
        await ShouldBeRefusedAsync(nul, HttpStatusCode.BadRequest);
        (await CountAsync<Consultant>(host.Database)).ShouldBe(2);
        (await CountAsync<Domain.Skills.SkillTag>(host.Database)).ShouldBeGreaterThan(0);
    }

    [Theory, BothProviders]
    public async Task HTML_in_text_fields_is_stored_as_text_given_back_as_data_and_rendered_encoded(DatabaseProvider provider)
    {
        await using var host = ApiHost.Start(await Fixture.UseAsync(provider), TestAuthentication.Setting);
        var (_, member, api) = await host.CompanyAsync("Scripted Company");
        const string Name = "Claire <script>alert(1)</script> Martin";
        const string Summary = "<img src=x onerror=alert(2)> & \"quotes\"";

        var created = await api.PostAsync(Consultants, Json(Profile(fullName: Name, summary: Summary)));
        var body = await ApiHost.ReadAsync<ConsultantApiResponse>(created);
        var read = await ApiHost.ReadAsync<ConsultantApiResponse>(await api.GetAsync($"{Consultants}/{body.Id}"));
        var page = await host.WithKey(null).SignedInAs(member).GetAsync($"/company/consultants/{body.Id}");
        var html = await page.Content.ReadAsStringAsync();

        created.StatusCode.ShouldBe(HttpStatusCode.Created);
        (read.FullName, read.Summary).ShouldBe((Name, Summary));
        page.StatusCode.ShouldBe(HttpStatusCode.OK);
        html.ShouldContain("Claire &lt;script&gt;alert(1)&lt;/script&gt; Martin");
        html.ShouldNotContain("<script>alert(1)");
        html.ShouldNotContain("<img src=x");
    }
}
