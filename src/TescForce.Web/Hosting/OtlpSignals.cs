namespace TescForce.Web.Hosting;

/// <summary>
/// Which signals leave the process over OTLP, read from the standard OpenTelemetry variables (as settings, so environment
/// variables, appsettings and test settings alike). Traces and metrics go out once an endpoint is configured, unless
/// <c>OTEL_TRACES_EXPORTER</c> / <c>OTEL_METRICS_EXPORTER</c> is <c>none</c>; logs only when <c>OTEL_LOGS_EXPORTER</c> is
/// <c>otlp</c>, because the console already carries them to the platform's log collector (ADR 0020).
/// Without an endpoint nothing is registered: development and the tests send nothing and pay nothing.
/// </summary>
public sealed record OtlpSignals(bool Traces, bool Metrics, bool Logs)
{
    public const string EndpointVariable = "OTEL_EXPORTER_OTLP_ENDPOINT";
    public const string LogsEndpointVariable = "OTEL_EXPORTER_OTLP_LOGS_ENDPOINT";
    public const string ServiceNameVariable = "OTEL_SERVICE_NAME";
    public const string DefaultServiceName = "tescforce";

    public bool Any => Traces || Metrics || Logs;

    public static OtlpSignals From(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        if (string.Equals(configuration["OTEL_SDK_DISABLED"], "true", StringComparison.OrdinalIgnoreCase))
        {
            return new OtlpSignals(false, false, false);
        }

        return new OtlpSignals(
            Traces: Exported(configuration, "TRACES", byDefault: true),
            Metrics: Exported(configuration, "METRICS", byDefault: true),
            Logs: Exported(configuration, "LOGS", byDefault: false));
    }

    private static bool Exported(IConfiguration configuration, string signal, bool byDefault)
    {
        var hasEndpoint = !string.IsNullOrWhiteSpace(configuration[EndpointVariable])
            || !string.IsNullOrWhiteSpace(configuration[$"OTEL_EXPORTER_OTLP_{signal}_ENDPOINT"]);
        var exporter = configuration[$"OTEL_{signal}_EXPORTER"]?.Trim();
        var chosen = string.IsNullOrEmpty(exporter) ? byDefault : string.Equals(exporter, "otlp", StringComparison.OrdinalIgnoreCase);
        return hasEndpoint && chosen;
    }
}
