using System.Text;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Endpoints;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using TescForce.Infrastructure.Data;
using TescForce.IntegrationTests.Infrastructure;

namespace TescForce.IntegrationTests.Security.Authorization;

/// <summary>
/// Authorization, proved over HTTP: every line of <see cref="AccessTable"/> for every actor on both providers, with the answer's
/// class, the texts the actor may not see, and (for writes) the database read back; and the check that the table names every route
/// the app maps, so that a new endpoint without a line fails the suite.
/// </summary>
public sealed class AccessTableTests(DatabaseFixture fixture, AuthorizationScenarios scenarios)
    : IntegrationTest(fixture), IClassFixture<AuthorizationScenarios>
{
    public static TheoryData<DatabaseProvider, string, AccessActor> Cells()
    {
        var data = new TheoryData<DatabaseProvider, string, AccessActor>();
        foreach (var provider in new[] { DatabaseProvider.Sqlite, DatabaseProvider.PostgreSql })
        {
            for (var index = 0; index < AccessTable.Rows.Count; index++)
            {
                foreach (var actor in Enum.GetValues<AccessActor>())
                {
                    data.Add(provider, Name(index), actor);
                }
            }
        }

        return data;
    }

    [Theory, MemberData(nameof(Cells))]
    public async Task Each_actor_gets_the_answer_of_the_table_and_nothing_it_may_not_see(DatabaseProvider provider, string line, AccessActor actor)
    {
        var scenario = await scenarios.ForAsync(Fixture, provider);
        var row = AccessTable.Rows[int.Parse(line[..3], System.Globalization.CultureInfo.InvariantCulture)];
        var before = row.IsWrite ? await DatabaseState.ReadAsync(scenario) : null;

        using var request = new HttpRequestMessage(new HttpMethod(row.Method), AccessRow.Fill(row.Path, scenario.Values));
        if (row.Body is not null)
        {
            request.Content = new StringContent(AccessRow.Fill(row.Body, scenario.Values), Encoding.UTF8, "application/json");
        }

        if (row.IfMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-Match", row.IfMatch);
        }

        using var response = await scenario.ClientOf(actor).SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();

        foreach (var secret in scenario.Secrets[actor])
        {
            body.ShouldNotContain(secret, Case.Insensitive, $"{actor} received {secret}");
        }

        ExpectOf.Response(response).ShouldBe(row.For(actor), $"{actor}: {(int)response.StatusCode} {response.Headers.Location}");

        if (before is not null)
        {
            var after = await DatabaseState.ReadAsync(scenario);
            after.OfB.ShouldBe(before.OfB, $"{actor} changed what belongs to company B or client B");
            if (!response.IsSuccessStatusCode)
            {
                after.All.ShouldBe(before.All, $"{actor}'s refused write changed the database");
            }
        }
    }

    [Theory, BothProviders]
    public async Task A_client_reads_its_requested_introduction_by_reference_only_and_the_accepted_one_with_the_name(DatabaseProvider provider)
    {
        var scenario = await scenarios.ForAsync(Fixture, provider);

        var api = await scenario.ClientOf(AccessActor.ClientKey).GetStringAsync("/api/v1/introductions");
        var page = await scenario.ClientOf(AccessActor.ClientMember).GetStringAsync("/client/introductions");

        api.ShouldContain(scenario.Values["ReferenceB"]);
        api.ShouldContain("Anna Ackerley");
        api.ShouldNotContain("Hiddenfield");
        page.ShouldContain("Anna Ackerley");
        page.ShouldNotContain("Hiddenfield");
    }

    /// <summary>Without this, a hidden text could be absent from every answer merely because it is spelt otherwise, or because pages did not prerender their data.</summary>
    [Theory, BothProviders]
    public async Task The_texts_kept_from_the_actors_are_written_as_the_app_writes_them_to_those_who_may_read_them(DatabaseProvider provider)
    {
        var scenario = await scenarios.ForAsync(Fixture, provider);

        var companyPage = await scenario.ClientOf(AccessActor.CompanyMember).GetStringAsync($"/company/consultants/{scenario.Values["UnseenA"]}");
        var companyApi = await scenario.ClientOf(AccessActor.CompanyKey).GetStringAsync($"/api/v1/consultants/{scenario.Values["UnseenA"]}");
        var clientPage = await scenario.ClientOf(AccessActor.ClientMember).GetStringAsync($"/client/missions/{scenario.Values["DraftA"]}");
        var clientApi = await scenario.ClientOf(AccessActor.ClientKey).GetStringAsync($"/api/v1/missions/{scenario.Values["DraftA"]}");
        var talent = await scenario.ClientOf(AccessActor.ClientMember).GetStringAsync("/talent");

        companyPage.ShouldContain("Arthur Unseenby");
        companyPage.ShouldContain("arthur.unseenby@example.com");
        companyApi.ShouldContain("Arthur Unseenby");
        companyApi.ShouldContain("arthur.unseenby@example.com");
        clientPage.ShouldContain("Alder secret draft plan");
        clientApi.ShouldContain("Alder secret draft plan");
        talent.ShouldContain(scenario.Values["ReferenceB"]);
    }

    [Theory, BothProviders]
    public async Task Every_route_the_app_maps_has_a_line_in_the_access_table(DatabaseProvider provider)
    {
        var scenario = await scenarios.ForAsync(Fixture, provider);
        var covered = AccessTable.Rows.Select(r => (r.Method, r.Route)).ToHashSet();

        var endpoints = scenario.App.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<ComponentTypeMetadata>() is null && !IsStaticFile(e))
            .SelectMany(e => (e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? ["*"]).Select(m => (Method: m, Route: e.RoutePattern.RawText!)))
            .ToHashSet();
        var pages = typeof(Program).Assembly.GetTypes().Where(t => typeof(IComponent).IsAssignableFrom(t))
            .SelectMany(t => t.GetCustomAttributes(typeof(RouteAttribute), inherit: false).Cast<RouteAttribute>())
            .Select(r => (Method: "GET", Route: r.Template)).ToHashSet();

        var missing = endpoints.Concat(pages)
            .Where(e => !covered.Contains(e) && !(e.Method == "*" && covered.Any(c => c.Route == e.Route)))
            .Select(e => $"{e.Method} {e.Route}").Order(StringComparer.Ordinal).ToList();
        var unknown = covered.Where(c => !endpoints.Concat(pages).Any(e => e.Route == c.Route && (e.Method == c.Method || e.Method == "*")))
            .Select(c => $"{c.Method} {c.Route}").Order(StringComparer.Ordinal).ToList();

        missing.ShouldBeEmpty("routes without a line in AccessTable");
        unknown.ShouldBeEmpty("lines of AccessTable whose route the app does not map");
    }

    /// <summary>The fingerprinted static files (CSS, scripts, images): public by nature and not routes of the app's own.</summary>
    private static bool IsStaticFile(RouteEndpoint endpoint) =>
        endpoint.Metadata.Any(m => m.GetType().Name == "StaticAssetDescriptor");

    private static string Name(int index) =>
        $"{index.ToString("D3", System.Globalization.CultureInfo.InvariantCulture)} {AccessTable.Rows[index].Request}";
}
