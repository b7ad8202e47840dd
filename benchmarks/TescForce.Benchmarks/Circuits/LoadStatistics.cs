using System.Collections.Concurrent;

namespace TescForce.Benchmarks.Circuits;

/// <summary>What the simulated users report, shared by all of them (thread-safe).</summary>
internal sealed class LoadStatistics
{
    private readonly ConcurrentBag<double> _startTimes = [];
    private readonly ConcurrentBag<double> _allLatencies = [];
    private readonly ConcurrentBag<double> _holdLatencies = [];
    private readonly ConcurrentQueue<double> _recentLatencies = new();
    private readonly ConcurrentDictionary<string, int> _errors = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, int> _jsCalls = new(StringComparer.Ordinal);
    private int _established;
    private int _failed;
    private int _dropped;
    private int _open;
    private int _timeouts;

    public int Established => Volatile.Read(ref _established);

    public int Failed => Volatile.Read(ref _failed);

    public int Dropped => Volatile.Read(ref _dropped);

    /// <summary>Circuits established and neither dropped nor closed yet.</summary>
    public int Open => Volatile.Read(ref _open);

    public int Timeouts => Volatile.Read(ref _timeouts);

    public int Interactions => _allLatencies.Count;

    public IReadOnlyCollection<double> StartTimes => _startTimes;

    public IReadOnlyCollection<double> AllLatencies => _allLatencies;

    public IReadOnlyCollection<double> HoldLatencies => _holdLatencies;

    public IReadOnlyDictionary<string, int> Errors => _errors;

    public IReadOnlyDictionary<string, int> JsCalls => _jsCalls;

    public int ErrorCount => _errors.Values.Sum();

    public void CircuitEstablished(double milliseconds)
    {
        _startTimes.Add(milliseconds);
        Interlocked.Increment(ref _established);
        Interlocked.Increment(ref _open);
    }

    public void CircuitFailed(string reason)
    {
        Interlocked.Increment(ref _failed);
        Error("start: " + reason);
    }

    public void CircuitDropped(string reason)
    {
        Interlocked.Increment(ref _dropped);
        Interlocked.Decrement(ref _open);
        Error("dropped: " + reason);
    }

    public void CircuitClosed() => Interlocked.Decrement(ref _open);

    public void Interaction(double milliseconds, bool duringHold)
    {
        _allLatencies.Add(milliseconds);
        _recentLatencies.Enqueue(milliseconds);
        if (duringHold)
        {
            _holdLatencies.Add(milliseconds);
        }
    }

    public void InteractionTimedOut()
    {
        Interlocked.Increment(ref _timeouts);
        Error("interaction: no render within the timeout");
    }

    // Messages are kept short and counted, so that a thousand circuits failing alike make one line.
    public void Error(string what) => _errors.AddOrUpdate(what.Length > 160 ? what[..160] : what, 1, (_, n) => n + 1);

    public void JsCall(string identifier) => _jsCalls.AddOrUpdate(identifier, 1, (_, n) => n + 1);

    /// <summary>The latencies measured since the previous call (for the progress lines).</summary>
    public List<double> TakeRecent()
    {
        var recent = new List<double>();
        while (_recentLatencies.TryDequeue(out var latency))
        {
            recent.Add(latency);
        }

        return recent;
    }

    /// <summary>The nearest-rank percentile, or 0 with no values.</summary>
    public static double Percentile(IEnumerable<double> values, int percentile)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length == 0 ? 0 : sorted[Math.Clamp((int)Math.Ceiling(percentile / 100.0 * sorted.Length) - 1, 0, sorted.Length - 1)];
    }
}
