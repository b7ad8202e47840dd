using Microsoft.Extensions.Configuration;
using TescForce.Web.Hosting;

namespace TescForce.UnitTests.Web;

/// <summary>Which signals the host exports over OTLP, from the standard OTEL_* variables (ADR 0020).</summary>
public sealed class OtlpSignalsTests
{
    [Fact]
    public void Nothing_is_exported_without_an_endpoint() =>
        Signals(("OTEL_SERVICE_NAME", "tescforce"), ("OTEL_LOGS_EXPORTER", "otlp")).ShouldBe(new OtlpSignals(false, false, false));

    [Fact]
    public void An_endpoint_exports_traces_and_metrics_but_not_logs() =>
        Signals(("OTEL_EXPORTER_OTLP_ENDPOINT", "http://collector:4317")).ShouldBe(new OtlpSignals(true, true, false));

    [Fact]
    public void Logs_are_exported_when_asked_for_by_name() =>
        Signals(("OTEL_EXPORTER_OTLP_ENDPOINT", "http://collector:4317"), ("OTEL_LOGS_EXPORTER", "otlp")).Logs.ShouldBeTrue();

    [Fact]
    public void A_signal_whose_exporter_is_none_is_not_exported() =>
        Signals(("OTEL_EXPORTER_OTLP_ENDPOINT", "http://collector:4317"), ("OTEL_TRACES_EXPORTER", "none"))
            .ShouldBe(new OtlpSignals(false, true, false));

    [Fact]
    public void An_endpoint_for_one_signal_exports_that_signal_only() =>
        Signals(("OTEL_EXPORTER_OTLP_METRICS_ENDPOINT", "http://collector:4318/v1/metrics")).ShouldBe(new OtlpSignals(false, true, false));

    [Fact]
    public void The_disabled_sdk_exports_nothing() =>
        Signals(("OTEL_EXPORTER_OTLP_ENDPOINT", "http://collector:4317"), ("OTEL_SDK_DISABLED", "true")).Any.ShouldBeFalse();

    private static OtlpSignals Signals(params (string Key, string Value)[] settings) =>
        OtlpSignals.From(new ConfigurationBuilder()
            .AddInMemoryCollection(settings.Select(s => new KeyValuePair<string, string?>(s.Key, s.Value)))
            .Build());
}
