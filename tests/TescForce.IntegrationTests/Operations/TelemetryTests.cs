using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;
using TescForce.Application.ApiKeys;
using TescForce.Application.Matching;
using TescForce.Infrastructure.Data;
using TescForce.IntegrationTests.Infrastructure;

namespace TescForce.IntegrationTests.Operations;

/// <summary>
/// OpenTelemetry in the real host (ADR 0020): with an OTLP endpoint configured, a match request leaves an ASP.NET Core
/// span, the matcher's span and the database spans under it in one trace, and the matcher's instruments record it.
/// The OTLP exporter points at a closed loopback port; the in-memory exporters added beside it are what the test reads.
/// </summary>
public sealed class TelemetryTests(DatabaseFixture fixture) : IntegrationTest(fixture)
{
    private const string EfCoreSource = "OpenTelemetry.Instrumentation.EntityFrameworkCore";

    private static readonly Dictionary<string, string?> OtlpSettings = new()
    {
        ["OTEL_EXPORTER_OTLP_ENDPOINT"] = "http://127.0.0.1:9",
        ["OTEL_EXPORTER_OTLP_PROTOCOL"] = "http/protobuf",
    };

    [Theory, BothProviders]
    public async Task A_match_request_is_traced_from_the_http_request_through_the_matcher_to_the_database(DatabaseProvider provider)
    {
        var database = await Fixture.UseAsync(provider);
        var activities = new List<Activity>();
        await using var app = Start(database, activities, []);
        var (api, missionId) = await ClientWithMissionAsync(app, database);

        var response = await api.GetAsync($"/api/v1/missions/{missionId}/matches");
        app.Services.GetRequiredService<TracerProvider>().ForceFlush();

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var request = activities.Where(a => a.Source.Name == "Microsoft.AspNetCore"
            && a.GetTagItem("url.path") as string == $"/api/v1/missions/{missionId}/matches").ShouldHaveSingleItem();
        var matcher = activities.Where(a => a.Source.Name == MatchingTelemetry.Name && a.TraceId == request.TraceId).ShouldHaveSingleItem();
        matcher.DisplayName.ShouldBe("matching rank");
        matcher.GetTagItem("tescforce.matching.total").ShouldBe(1);
        activities.ShouldContain(a => a.Source.Name == EfCoreSource && a.ParentSpanId == matcher.SpanId);
    }

    [Theory, BothProviders]
    public async Task A_match_request_is_counted_timed_and_the_index_size_reported(DatabaseProvider provider)
    {
        var database = await Fixture.UseAsync(provider);
        var metrics = new List<Metric>();
        await using var app = Start(database, [], metrics);
        var (api, missionId) = await ClientWithMissionAsync(app, database);

        (await api.GetAsync($"/api/v1/missions/{missionId}/matches")).StatusCode.ShouldBe(HttpStatusCode.OK);
        app.Services.GetRequiredService<MeterProvider>().ForceFlush();

        Points(metrics, MatchingTelemetry.QueryDurationInstrument).Sum(p => p.GetHistogramCount()).ShouldBe(1);
        var queries = Points(metrics, MatchingTelemetry.QueriesInstrument).ShouldHaveSingleItem();
        queries.GetSumLong().ShouldBe(1);
        Tags(queries).ShouldContainKeyAndValue(MatchingTelemetry.KindTag, MatchingTelemetry.Rank);
        Tags(queries).ShouldContainKeyAndValue(MatchingTelemetry.EmptyTag, false);
        Points(metrics, MatchingTelemetry.IndexedConsultantsInstrument).ShouldHaveSingleItem().GetGaugeLastValueLong().ShouldBe(1);
    }

    [Theory, BothProviders]
    public async Task Without_an_otlp_endpoint_the_host_registers_no_telemetry(DatabaseProvider provider)
    {
        var database = await Fixture.UseAsync(provider);
        await using var app = new TescForceWebApplicationFactory(database, environment: "Production");

        app.Services.GetService<TracerProvider>().ShouldBeNull();
        app.Services.GetService<MeterProvider>().ShouldBeNull();
    }

    private static WebApplicationFactory<Program> Start(TestDatabase database, List<Activity> activities, List<Metric> metrics) =>
        new TescForceWebApplicationFactory(database, environment: "Production", settings: OtlpSettings)
            .WithWebHostBuilder(builder => builder.ConfigureTestServices(services => services
                .ConfigureOpenTelemetryTracerProvider(tracing => tracing.AddInMemoryExporter(activities))
                .ConfigureOpenTelemetryMeterProvider(meters => meters.AddInMemoryExporter(metrics))));

    private static async Task<(HttpClient Api, Guid MissionId)> ClientWithMissionAsync(WebApplicationFactory<Program> app, TestDatabase database)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var scenario = await DemandSideScenario.OpenMissionWithCandidateAsync(database, scope.ServiceProvider);
        var key = await scope.ServiceProvider.GetRequiredService<ApiKeyService>()
            .CreateAsync(scenario.Client, ApiKeyOwner.Client(scenario.Client.ClientId!.Value), new ApiKeyRequest("Telemetry", null));
        var api = app.CreateClient();
        api.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key.Key);
        return (api, scenario.MissionId);
    }

    private static List<MetricPoint> Points(List<Metric> metrics, string name)
    {
        var points = new List<MetricPoint>();
        foreach (var metric in metrics.Where(m => m.MeterName == MatchingTelemetry.Name && m.Name == name))
        {
            foreach (ref readonly var point in metric.GetMetricPoints())
            {
                points.Add(point);
            }
        }

        return points;
    }

    private static Dictionary<string, object?> Tags(MetricPoint point)
    {
        var tags = new Dictionary<string, object?>();
        foreach (var tag in point.Tags)
        {
            tags[tag.Key] = tag.Value;
        }

        return tags;
    }
}
