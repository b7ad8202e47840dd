using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;
using Serilog;
using Serilog.Sinks.OpenTelemetry;
using TescForce.Application.Matching;

namespace TescForce.Web.Hosting;

/// <summary>
/// OpenTelemetry traces and metrics of ASP.NET Core, Blazor circuits, EF Core, Npgsql's connection pool, the runtime and
/// the matcher, exported over OTLP to whatever <c>OTEL_EXPORTER_OTLP_*</c> names; and the logs over OTLP on request.
/// The choices are in ADR 0020.
/// </summary>
public static class TelemetryExtensions
{
    // Blazor Server's own instruments (.NET 10): circuits opened and active, navigation and event handling. Recent
    // versions of the ASP.NET Core instrumentation add them too; naming them keeps them whatever that package does.
    private static readonly string[] BlazorSources = ["Microsoft.AspNetCore.Components", "Microsoft.AspNetCore.Components.Server.Circuits"];

    private static readonly string[] BlazorMeters =
        ["Microsoft.AspNetCore.Components", "Microsoft.AspNetCore.Components.Lifecycle", "Microsoft.AspNetCore.Components.Server.Circuits"];

    public static WebApplicationBuilder AddTescForceTelemetry(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var signals = OtlpSignals.From(builder.Configuration);
        if (!signals.Traces && !signals.Metrics)
        {
            return builder;
        }

        var telemetry = builder.Services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(
                builder.Configuration[OtlpSignals.ServiceNameVariable] ?? OtlpSignals.DefaultServiceName,
                serviceVersion: typeof(TelemetryExtensions).Assembly.GetName().Version?.ToString()));
        if (signals.Traces)
        {
            telemetry.WithTracing(tracing => tracing
                .AddSource(MatchingTelemetry.Name)
                .AddSource(BlazorSources)
                // Probes call the health endpoints every few seconds on every instance: their spans would drown the rest.
                .AddAspNetCoreInstrumentation(options => options.Filter = context => !context.Request.Path.StartsWithSegments("/health"))
                .AddHttpClientInstrumentation()
                // One span per SQL command, on SQLite and PostgreSQL alike; Npgsql's own spans are left off so that a
                // command is not traced twice.
                .AddEntityFrameworkCoreInstrumentation()
                .AddOtlpExporter());
        }

        if (signals.Metrics)
        {
            telemetry.WithMetrics(metrics => metrics
                .AddMeter(MatchingTelemetry.Name)
                .AddMeter(BlazorMeters)
                // Npgsql publishes its connection pool's usage and command durations on this meter.
                .AddMeter("Npgsql")
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation()
                .AddRuntimeInstrumentation()
                .AddOtlpExporter());
        }

        return builder;
    }

    /// <summary>
    /// Adds the OTLP log sink when <see cref="OtlpSignals.Logs"/> says so. The sink reads the same <c>OTEL_*</c> settings
    /// (endpoint, protocol, headers, resource attributes) through <paramref name="configuration"/>.
    /// </summary>
    public static LoggerConfiguration WriteToOtlpWhenConfigured(this LoggerConfiguration logger, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(logger);
        ArgumentNullException.ThrowIfNull(configuration);
        if (!OtlpSignals.From(configuration).Logs)
        {
            return logger;
        }

        return logger.WriteTo.OpenTelemetry(
            options =>
            {
                options.ResourceAttributes["service.name"] = configuration[OtlpSignals.ServiceNameVariable] ?? OtlpSignals.DefaultServiceName;
                // The sink reads the general endpoint itself (adding /v1/logs for HTTP) but not the logs-only one.
                if (configuration[OtlpSignals.LogsEndpointVariable] is { Length: > 0 } logsEndpoint)
                {
                    options.LogsEndpoint = logsEndpoint;
                }

                // The sink's own HTTP calls must not be traced, or every batch of logs would start a trace.
                options.OnBeginSuppressInstrumentation = SuppressInstrumentationScope.Begin;
            },
            name => configuration[name]);
    }
}
