using System.Diagnostics;
using System.Net;
using System.Text.Json;

namespace TescForce.Benchmarks.Load;

/// <summary>
/// The workers of one <c>load-api</c> run: each calls the next path in turn, waits for the whole answer and checks it;
/// only the calls started while measuring count, each in its worker's own list (no lock on the hot path).
/// </summary>
internal sealed class LoadRun(HttpClient http, string[] paths)
{
    private readonly List<List<double>> _latencies = [];
    private int _next = -1;
    private int _errors;
    private string? _firstError;
    private volatile bool _measuring;
    private volatile bool _stopped;

    public void StartMeasuring() => _measuring = true;

    public void Stop() => _stopped = true;

    public async Task WorkerAsync(int worker)
    {
        var latencies = new List<double>(64 * 1024);
        lock (_latencies)
        {
            _latencies.Add(latencies);
        }

        while (!_stopped)
        {
            var path = paths[(int)((uint)Interlocked.Increment(ref _next) % (uint)paths.Length)];
            var counted = _measuring;
            var started = Stopwatch.GetTimestamp();
            var error = await CallAsync(path);
            var milliseconds = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            if (!counted)
            {
                continue;
            }

            latencies.Add(milliseconds);
            if (error is not null)
            {
                Interlocked.Increment(ref _errors);
                Interlocked.CompareExchange(ref _firstError, $"worker {worker}, {path}: {error}", null);
            }
        }
    }

    public LoadSummary Summarise(TimeSpan elapsed)
    {
        var all = _latencies.SelectMany(l => l).ToList();
        if (all.Count == 0)
        {
            return new LoadSummary(0, _errors, 0, 0, 0, 0, _firstError ?? $"no call finished in {elapsed.TotalSeconds:0} s");
        }

        return new LoadSummary(all.Count, _errors, DemoDatabase.Percentile(all, 50), DemoDatabase.Percentile(all, 95),
            DemoDatabase.Percentile(all, 99), all.Max(), _firstError);
    }

    /// <returns>Null for a 200 listing at least one consultant; otherwise what was wrong.</returns>
    private async Task<string?> CallAsync(string path)
    {
        try
        {
            using var response = await http.GetAsync(path, HttpCompletionOption.ResponseContentRead);
            var body = await response.Content.ReadAsByteArrayAsync();
            if (response.StatusCode != HttpStatusCode.OK)
            {
                return $"{(int)response.StatusCode} {System.Text.Encoding.UTF8.GetString(body.AsSpan(0, Math.Min(body.Length, 300)))}";
            }

            using var page = JsonDocument.Parse(body);
            return page.RootElement.GetProperty("total").GetInt32() > 0 && page.RootElement.GetProperty("items").GetArrayLength() > 0
                ? null
                : "200 without any consultant";
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException or JsonException or KeyNotFoundException)
        {
            return $"{ex.GetType().Name}: {ex.Message}";
        }
    }
}
