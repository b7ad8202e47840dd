using System.Diagnostics;
using System.Globalization;
using System.Net;

namespace TescForce.Benchmarks.Circuits;

/// <summary>
/// One run: circuits opened one after another over the ramp, each toggling its filter every interval (±20 %,
/// starting at a random point of the first interval so that the users do not act in step); then the hold,
/// whose interactions make the latency figures; then the idle period, circuits open but quiet, for the memory
/// figure; then every circuit is closed. A warm-up circuit comes before all that.
/// </summary>
internal sealed class LoadRun(LoadCircuitsOptions options, HttpClient http, CookieContainer cookies, string path) : IDisposable
{
    private static readonly TimeSpan ProgressEvery = TimeSpan.FromSeconds(10);
    private static readonly TimeSpan StartsSettleWithin = TimeSpan.FromSeconds(90);

    private readonly LoadStatistics _statistics = new();
    private readonly ServerProcess _server = new(options.Pid, options.GcDump);
    private readonly CancellationTokenSource _stopInteracting = new();
    private readonly TaskCompletionSource _close = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly Stopwatch _clock = new();
    private volatile string _phase = "ramp";
    private int _settledStarts;

    public async Task<LoadReport> ExecuteAsync()
    {
        await WarmUpAsync();
        var heapBefore = await _server.GcHeapBytesAsync();
        var rssBefore = _server.RssKilobytes();
        _clock.Start();
        using var stopProgress = new CancellationTokenSource();
        var progress = ReportProgressAsync(stopProgress.Token);

        var users = new List<Task>(options.Circuits);
        for (var i = 0; i < options.Circuits; i++)
        {
            var due = options.Ramp * i / options.Circuits;
            if (due > _clock.Elapsed)
            {
                await Task.Delay(due - _clock.Elapsed);
            }

            users.Add(Task.Run(UserAsync));
        }

        var rampEnded = _clock.Elapsed;
        while (Volatile.Read(ref _settledStarts) < options.Circuits && _clock.Elapsed - rampEnded < StartsSettleWithin)
        {
            await Task.Delay(200);
        }

        _phase = "hold";
        var cpuBefore = _server.CpuSeconds();
        await Task.Delay(options.Hold);
        var cpuAfter = _server.CpuSeconds();
        var rssHold = _server.RssKilobytes();

        _phase = "idle";
        await _stopInteracting.CancelAsync();
        await Task.Delay(options.Idle);
        var rssIdle = _server.RssKilobytes();
        var openAtIdle = _statistics.Open;

        // The heap dump stops the server for a while (tens of seconds with a thousand circuits): connections it
        // times out from here on are closed, not dropped.
        _phase = "close";
        var heapIdle = await _server.GcHeapBytesAsync();
        _close.SetResult();
        await Task.WhenAll(users);
        await Task.Delay(TimeSpan.FromSeconds(5));
        var rssClosed = _server.RssKilobytes();
        await stopProgress.CancelAsync();
        await progress;

        var latencies = _statistics.HoldLatencies.Count > 0 ? _statistics.HoldLatencies : _statistics.AllLatencies;
        return new LoadReport(
            http.BaseAddress!.ToString(), path, options.Circuits, options.Ramp.TotalSeconds, options.Hold.TotalSeconds, options.Interval.TotalSeconds,
            _statistics.Established, _statistics.Failed, _statistics.Dropped, openAtIdle,
            _statistics.Interactions, _statistics.HoldLatencies.Count, _statistics.Timeouts,
            LoadStatistics.Percentile(latencies, 50), LoadStatistics.Percentile(latencies, 95), LoadStatistics.Percentile(latencies, 99),
            latencies.Count == 0 ? 0 : latencies.Max(),
            LoadStatistics.Percentile(_statistics.StartTimes, 50), LoadStatistics.Percentile(_statistics.StartTimes, 95),
            Megabytes(rssBefore), Megabytes(rssHold), Megabytes(rssIdle), Megabytes(rssClosed),
            rssBefore is { } before && rssIdle is { } idle && openAtIdle > 0 ? (idle - before) / (double)openAtIdle : null,
            heapBefore / 1048576.0, heapIdle / 1048576.0,
            heapBefore is { } h0 && heapIdle is { } h1 && openAtIdle > 0 ? (h1 - h0) / 1024.0 / openAtIdle : null,
            cpuBefore is { } c0 && cpuAfter is { } c1 ? (c1 - c0) / options.Hold.TotalSeconds * 100 : null,
            File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "",
            _statistics.ErrorCount,
            new SortedDictionary<string, int>(_statistics.Errors.ToDictionary(), StringComparer.Ordinal),
            new SortedDictionary<string, int>(_statistics.JsCalls.ToDictionary(), StringComparer.Ordinal));
    }

    // One circuit opened, used and closed first, so that the memory before the run already holds the code and
    // caches every circuit shares (JIT, the match index's first queries) and only the circuits' own cost is counted.
    private async Task WarmUpAsync()
    {
        await using (var client = new CircuitClient(http, cookies, new LoadStatistics()))
        {
            try
            {
                await client.StartAsync(path, page => page.SwitchHandlerId != 0 && !page.Loading, CancellationToken.None);
                for (var i = 0; i < 4; i++)
                {
                    await client.ToggleSwitchAsync(CancellationToken.None);
                }
            }
            catch (Exception ex)
            {
                Console.Error.WriteLine($"Warm-up circuit: {ex.Message}");
            }
        }

        await Task.Delay(TimeSpan.FromSeconds(2));
    }

    private async Task UserAsync()
    {
        await using var client = new CircuitClient(http, cookies, _statistics);
        var started = Stopwatch.GetTimestamp();
        try
        {
            await client.StartAsync(path, page => page.SwitchHandlerId != 0 && !page.Loading, CancellationToken.None);
            _statistics.CircuitEstablished(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }
        catch (Exception ex)
        {
            _statistics.CircuitFailed(ex.Message);
            return;
        }
        finally
        {
            Interlocked.Increment(ref _settledStarts);
        }

        await InteractAsync(client);
        await Task.WhenAny(_close.Task, client.Lost);
        if (client.LostBecause is { } reason && _phase != "close")
        {
            _statistics.CircuitDropped(reason);
        }
        else
        {
            _statistics.CircuitClosed();
        }
    }

    private async Task InteractAsync(CircuitClient client)
    {
        try
        {
            await Task.Delay(options.Interval * Random.Shared.NextDouble(), _stopInteracting.Token);
            while (client.LostBecause is null)
            {
                var duringHold = _phase == "hold";
                // An interaction under way when the hold ends is finished and counted, not cancelled half-way.
                if (await client.ToggleSwitchAsync(CancellationToken.None) is { } milliseconds)
                {
                    _statistics.Interaction(milliseconds, duringHold);
                }
                else if (client.LostBecause is null)
                {
                    _statistics.InteractionTimedOut();
                }

                await Task.Delay(options.Interval * (0.8 + (0.4 * Random.Shared.NextDouble())), _stopInteracting.Token);
            }
        }
        catch (OperationCanceledException)
        {
            // The hold is over.
        }
        catch (Exception ex)
        {
            _statistics.Error($"interaction: {ex.GetType().Name}: {ex.Message}");
        }
    }

    private async Task ReportProgressAsync(CancellationToken cancellationToken)
    {
        try
        {
            while (true)
            {
                await Task.Delay(ProgressEvery, cancellationToken);
                var recent = _statistics.TakeRecent();
                var rss = Megabytes(_server.RssKilobytes());
                Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"[{_clock.Elapsed.TotalSeconds,4:0}s] {_phase,-5} open={_statistics.Open} failed={_statistics.Failed} dropped={_statistics.Dropped} " +
                    $"interactions={_statistics.Interactions} (last {ProgressEvery.TotalSeconds:0} s: {recent.Count}, p95 {LoadStatistics.Percentile(recent, 95):0} ms) " +
                    $"timeouts={_statistics.Timeouts} errors={_statistics.ErrorCount}{(rss is { } mb ? $" server_rss={mb:0} MB" : "")}"));
            }
        }
        catch (OperationCanceledException)
        {
            // The run is over.
        }
    }

    public void Dispose() => _stopInteracting.Dispose();

    private static double? Megabytes(long? kilobytes) => kilobytes / 1024.0;
}
