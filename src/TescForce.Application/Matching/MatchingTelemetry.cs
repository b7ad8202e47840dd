using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace TescForce.Application.Matching;

/// <summary>
/// The matcher's traces and metrics, under the name <see cref="Name"/> (ADR 0020). The host exports them over OTLP
/// when an endpoint is configured; without a listener, starting an activity or recording a measurement costs almost
/// nothing, so the services call this unconditionally.
/// </summary>
public sealed class MatchingTelemetry
{
    /// <summary>The name of the activity source and of the meter.</summary>
    public const string Name = "TescForce.Matching";

    public const string QueryDurationInstrument = "tescforce.matching.query.duration";
    public const string QueriesInstrument = "tescforce.matching.queries";
    public const string IndexedConsultantsInstrument = "tescforce.matching.indexed_consultants";

    /// <summary>The tag that says which kind of query a measurement is: <see cref="Rank"/>, <see cref="WhyNot"/> or <see cref="Opportunities"/>.</summary>
    public const string KindTag = "tescforce.matching.kind";

    /// <summary>The tag, on the query counter, that says whether the query matched nobody.</summary>
    public const string EmptyTag = "tescforce.matching.empty";

    public const string Rank = "rank";
    public const string WhyNot = "why_not";
    public const string Opportunities = "opportunities";

    // One source for the process, as the .NET guidance has it: listeners subscribe by name, not by instance.
    private static readonly ActivitySource Source = new(Name);

    private readonly Histogram<double> _duration;
    private readonly Counter<long> _queries;

    public MatchingTelemetry(IMeterFactory meterFactory, MatchIndexHost host)
    {
        ArgumentNullException.ThrowIfNull(meterFactory);
        ArgumentNullException.ThrowIfNull(host);
        // The factory owns the meter and disposes of it with the container, so each host in a test process has its own.
        var meter = meterFactory.Create(Name);
        _duration = meter.CreateHistogram<double>(QueryDurationInstrument, "s",
            "Time the in-memory index takes to answer one query, without the database reads around it.");
        _queries = meter.CreateCounter<long>(QueriesInstrument, "{query}", "Queries answered by the match index.");
        meter.CreateObservableGauge(IndexedConsultantsInstrument, () => host.Index.Count, "{consultant}",
            "Published, fresh consultants held by this instance's match index.");
    }

    /// <summary>A span around one service call of the matcher (its database reads become its children).</summary>
    public static Activity? StartActivity(string kind) => Source.StartActivity("matching " + kind);

    /// <summary>Records one query of the index begun at <paramref name="startedAt"/> (<see cref="Stopwatch.GetTimestamp"/>).</summary>
    public void RecordQuery(string kind, long startedAt, int total)
    {
        var elapsed = Stopwatch.GetElapsedTime(startedAt);
        var kindTag = new KeyValuePair<string, object?>(KindTag, kind);
        _duration.Record(elapsed.TotalSeconds, kindTag);
        _queries.Add(1, kindTag, new KeyValuePair<string, object?>(EmptyTag, total == 0));
    }
}
