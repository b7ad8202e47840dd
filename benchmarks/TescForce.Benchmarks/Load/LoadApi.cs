using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace TescForce.Benchmarks.Load;

/// <summary>
/// <c>load-api --url URL --key KEY [--missions ID,ID] [--concurrency 32] [--warmup 5] [--duration 30] [--page-size 20]
/// [--json out.json]</c>: N workers call <c>GET /api/v1/missions/{id}/matches</c> back to back (closed loop), over the
/// client's missions in turn (all of them, as <c>GET /api/v1/missions</c> lists them, unless <c>--missions</c>), for a
/// warm-up and then a measured duration. An answer counts as an error unless it is 200 with at least one consultant.
/// Prints one line <c>load-api concurrency=… requests=… rps=… p50_ms=… p95_ms=… p99_ms=… errors=…</c>, appends the
/// same as one JSON object per line to <c>--json</c>, and fails (exit 1) when more than 0.1 % of the calls failed.
/// The key is read from <c>TESCFORCE_API_KEY</c> when <c>--key</c> is not given, to keep it out of process lists.
/// </summary>
public static class LoadApi
{
    private const double MaxErrorRate = 0.001;

    public static int Run(string[] args) => RunAsync(args).GetAwaiter().GetResult();

    private static async Task<int> RunAsync(string[] args)
    {
        var arguments = LoadArguments.Parse("load-api", args,
            "--url", "--key", "--missions", "--concurrency", "--warmup", "--duration", "--page-size", "--json");
        if (arguments is null)
        {
            return 2;
        }

        var url = arguments.Text("--url");
        var key = arguments.Text("--key") ?? Environment.GetEnvironmentVariable("TESCFORCE_API_KEY");
        if (url is null || string.IsNullOrWhiteSpace(key))
        {
            Console.Error.WriteLine("load-api: --url and a client key (--key or TESCFORCE_API_KEY) are required.");
            return 2;
        }

        var concurrency = arguments.Number("--concurrency", 32);
        var warmUp = TimeSpan.FromSeconds(arguments.Seconds("--warmup", 5));
        var duration = TimeSpan.FromSeconds(arguments.Seconds("--duration", 30));
        var pageSize = arguments.Number("--page-size", 20);

        // One connection per worker, kept open: the measure is the server's, not TCP handshakes'.
        using var http = new HttpClient(new SocketsHttpHandler
        {
            MaxConnectionsPerServer = Math.Max(32, concurrency),
            PooledConnectionLifetime = Timeout.InfiniteTimeSpan,
            AutomaticDecompression = DecompressionMethods.None,
        })
        {
            BaseAddress = new Uri(url),
            Timeout = TimeSpan.FromSeconds(30),
        };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key);

        var missions = arguments.Text("--missions")?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            ?? await ListMissionsAsync(http);
        if (missions.Length == 0)
        {
            Console.Error.WriteLine("load-api: the key's organisation has no mission; run load-setup first or pass --missions.");
            return 1;
        }

        var paths = missions.Select(m => $"api/v1/missions/{m}/matches?pageSize={pageSize}").ToArray();
        Console.WriteLine(Invariant($"load-api: {concurrency} workers on {url}, {missions.Length} missions, warm-up {warmUp.TotalSeconds:0} s, measured {duration.TotalSeconds:0} s"));

        var run = new LoadRun(http, paths);
        var process = Process.GetCurrentProcess();
        var cpuBefore = process.TotalProcessorTime;
        var workers = Enumerable.Range(0, concurrency).Select(w => Task.Run(() => run.WorkerAsync(w))).ToArray();
        await Task.Delay(warmUp);
        run.StartMeasuring();
        var measured = Stopwatch.StartNew();
        await Task.Delay(duration);
        run.Stop();
        await Task.WhenAll(workers);
        var elapsed = measured.Elapsed;
        process.Refresh();
        var cpuSeconds = (process.TotalProcessorTime - cpuBefore).TotalSeconds;

        var result = run.Summarise(elapsed);
        var errorRate = result.Requests == 0 ? 1 : (double)result.Errors / result.Requests;
        Console.WriteLine(Invariant(
            $"load-api concurrency={concurrency} requests={result.Requests} rps={result.Requests / elapsed.TotalSeconds:0.0} p50_ms={result.P50:0.0} p95_ms={result.P95:0.0} p99_ms={result.P99:0.0} max_ms={result.Max:0.0} errors={result.Errors}"));
        if (result.FirstError is { } first)
        {
            Console.WriteLine($"load-api first error: {first}");
        }

        if (arguments.Text("--json") is { } json)
        {
            var line = new JsonObject
            {
                ["mode"] = "load-api",
                ["at"] = DateTime.UtcNow.ToString("O", CultureInfo.InvariantCulture),
                ["url"] = url,
                ["concurrency"] = concurrency,
                ["missions"] = missions.Length,
                ["page_size"] = pageSize,
                ["warmup_s"] = warmUp.TotalSeconds,
                ["duration_s"] = Math.Round(elapsed.TotalSeconds, 2),
                ["requests"] = result.Requests,
                ["rps"] = Math.Round(result.Requests / elapsed.TotalSeconds, 1),
                ["p50_ms"] = Math.Round(result.P50, 2),
                ["p95_ms"] = Math.Round(result.P95, 2),
                ["p99_ms"] = Math.Round(result.P99, 2),
                ["max_ms"] = Math.Round(result.Max, 2),
                ["errors"] = result.Errors,
                ["error_rate"] = Math.Round(errorRate, 5),
                // The generator shares the machine with the server: its own CPU says how much of the two cores it took.
                ["generator_cpu_s"] = Math.Round(cpuSeconds, 1),
                ["load_avg"] = File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : null,
            };
            await File.AppendAllTextAsync(json, line.ToJsonString() + Environment.NewLine);
        }

        if (errorRate > MaxErrorRate)
        {
            Console.Error.WriteLine(Invariant($"load-api: {result.Errors} of {result.Requests} calls failed ({errorRate:P2}), more than {MaxErrorRate:P1}."));
            return 1;
        }

        return 0;
    }

    /// <summary>The ids of the organisation's missions (the first hundred), as a client's script would find them.</summary>
    private static async Task<string[]> ListMissionsAsync(HttpClient http)
    {
        using var response = await http.GetAsync("api/v1/missions?pageSize=100");
        response.EnsureSuccessStatusCode();
        using var page = JsonDocument.Parse(await response.Content.ReadAsStreamAsync());
        return [.. page.RootElement.GetProperty("items").EnumerateArray().Select(m => m.GetProperty("id").GetString()!)];
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
