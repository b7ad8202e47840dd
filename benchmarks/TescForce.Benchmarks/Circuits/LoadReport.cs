using System.Globalization;
using System.Text;

namespace TescForce.Benchmarks.Circuits;

/// <summary>
/// The outcome of a run. Latencies are those of the interactions dispatched during the hold (all of them if
/// none were); memory is the server's RSS before any circuit, at the end of the hold, after the idle period
/// with the circuits still open, and after they were closed. Per circuit: (idle − before) / circuits open, from
/// RSS and, with <c>--gcdump</c>, from the live managed heap after a full collection.
/// </summary>
internal sealed record LoadReport(
    string Url,
    string Page,
    int Circuits,
    double RampSeconds,
    double HoldSeconds,
    double IntervalSeconds,
    int Established,
    int Failed,
    int Dropped,
    int OpenAtIdle,
    int Interactions,
    int HoldInteractions,
    int Timeouts,
    double P50Ms,
    double P95Ms,
    double P99Ms,
    double MaxMs,
    double StartP50Ms,
    double StartP95Ms,
    double? RssBeforeMb,
    double? RssHoldMb,
    double? RssIdleMb,
    double? RssClosedMb,
    double? KbPerCircuit,
    double? GcHeapBeforeMb,
    double? GcHeapIdleMb,
    double? HeapKbPerCircuit,
    double? ServerCpuPercentDuringHold,
    string LoadAverage,
    int ClientErrors,
    IReadOnlyDictionary<string, int> Errors,
    IReadOnlyDictionary<string, int> JsCalls)
{
    /// <summary>One line of key=value pairs, for scripts (<c>scripts/load-test.sh</c>) and the performance notes.</summary>
    public string SummaryLine()
    {
        static string Mb(double? value) => value is { } v ? v.ToString("0", CultureInfo.InvariantCulture) : "na";
        var line = new StringBuilder();
        line.Append(CultureInfo.InvariantCulture,
            $"circuits={Circuits} established={Established} failed={Failed} dropped={Dropped} interactions={Interactions} hold_interactions={HoldInteractions} timeouts={Timeouts}");
        line.Append(CultureInfo.InvariantCulture,
            $" p50_ms={P50Ms:0.0} p95_ms={P95Ms:0.0} p99_ms={P99Ms:0.0} max_ms={MaxMs:0.0} start_p50_ms={StartP50Ms:0} start_p95_ms={StartP95Ms:0}");
        line.Append(CultureInfo.InvariantCulture,
            $" rss_before_mb={Mb(RssBeforeMb)} rss_hold_mb={Mb(RssHoldMb)} rss_idle_mb={Mb(RssIdleMb)} rss_closed_mb={Mb(RssClosedMb)} kb_per_circuit={Mb(KbPerCircuit)}");
        line.Append(CultureInfo.InvariantCulture,
            $" gc_heap_before_mb={Mb(GcHeapBeforeMb)} gc_heap_idle_mb={Mb(GcHeapIdleMb)} heap_kb_per_circuit={Mb(HeapKbPerCircuit)}");
        line.Append(CultureInfo.InvariantCulture,
            $" server_cpu_pct={Mb(ServerCpuPercentDuringHold)} load=\"{LoadAverage}\" client_errors={ClientErrors}");
        return line.ToString();
    }
}
