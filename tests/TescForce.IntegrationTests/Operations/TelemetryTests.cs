using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
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
    public async Task An_otlp_receiver_gets_the_traces_the_metrics_and_when_asked_the_logs(DatabaseProvider provider)
    {
        var database = await Fixture.UseAsync(provider);
        using var receiver = new OtlpReceiver();
        await using var app = new TescForceWebApplicationFactory(database, environment: "Production", settings: new Dictionary<string, string?>
        {
            ["OTEL_EXPORTER_OTLP_ENDPOINT"] = receiver.Endpoint,
            ["OTEL_EXPORTER_OTLP_PROTOCOL"] = "http/protobuf",
            ["OTEL_LOGS_EXPORTER"] = "otlp",
            // Export at once rather than every 5 s (spans) and 60 s (metrics).
            ["OTEL_BSP_SCHEDULE_DELAY"] = "100",
            ["OTEL_METRIC_EXPORT_INTERVAL"] = "500",
            // The request log line (Information) is the log this test waits for.
            ["Serilog:MinimumLevel:Default"] = "Information",
        });

        (await app.CreateClient().GetAsync("/about")).StatusCode.ShouldBe(HttpStatusCode.OK);
        var paths = await receiver.WaitForAsync(["/v1/traces", "/v1/metrics", "/v1/logs"], TimeSpan.FromSeconds(20));

        paths.ShouldBe(["/v1/logs", "/v1/metrics", "/v1/traces"], ignoreOrder: true);
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

    /// <summary>An OTLP/HTTP receiver on a free loopback port that answers 200 to every export and remembers the paths.</summary>
    private sealed class OtlpReceiver : IDisposable
    {
        private readonly HttpListener _listener = new();
        private readonly ConcurrentDictionary<string, bool> _paths = new();

        public OtlpReceiver()
        {
            var probe = new TcpListener(IPAddress.Loopback, 0);
            probe.Start();
            var port = ((IPEndPoint)probe.LocalEndpoint).Port;
            probe.Stop();
            Endpoint = $"http://127.0.0.1:{port}";
            _listener.Prefixes.Add(Endpoint + "/");
            _listener.Start();
            _ = Task.Run(ReceiveAsync);
        }

        public string Endpoint { get; }

        public async Task<List<string>> WaitForAsync(string[] expected, TimeSpan timeout)
        {
            var until = DateTime.UtcNow + timeout;
            while (DateTime.UtcNow < until && !expected.All(_paths.ContainsKey))
            {
                await Task.Delay(100);
            }

            return [.. _paths.Keys.Where(expected.Contains)];
        }

        private async Task ReceiveAsync()
        {
            while (_listener.IsListening)
            {
                HttpListenerContext context;
                try
                {
                    context = await _listener.GetContextAsync();
                }
                catch (Exception e) when (e is HttpListenerException or ObjectDisposedException)
                {
                    return;
                }

                _paths[context.Request.Url!.AbsolutePath] = true;
                context.Response.StatusCode = 200;
                context.Response.ContentType = "application/x-protobuf";
                context.Response.Close();
            }
        }

        public void Dispose() => _listener.Close();
    }
}
