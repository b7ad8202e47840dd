using System.Net;
using System.Text.Json;

namespace TescForce.Benchmarks.Circuits;

/// <summary>
/// <c>load-circuits --url http://127.0.0.1:5077 --circuits 1000 --ramp 60 --hold 60 --interval 5 [--idle 15]
/// [--email E --password P] [--mission ID] [--pid PID-of-server [--gcdump path/to/dotnet-gcdump]] [--json out.json]</c>: N users each holding a
/// Blazor Server circuit on a mission's match page (<c>client/missions/{id}</c>) and toggling a filter switch
/// every few seconds, which re-ranks the list (issue 10: 1,000 circuits, interaction p95 under 200 ms, under
/// 500 KB of server memory per circuit). Headless browsers cannot hold a thousand pages on a small machine, so
/// each user is a <see cref="CircuitClient"/> speaking the Blazor Server protocol over SignalR.
/// <para>
/// It signs in once (the sign-in limit is per address; sessions are not limited per user) and shares the cookie.
/// Without <c>--mission</c> it opens the missions list in a circuit and takes the first mission linked there.
/// Circuits open evenly over <c>--ramp</c> seconds; after <c>--hold</c> seconds at full count the users stop
/// interacting for <c>--idle</c> seconds (memory settles with the circuits still open), then all close.
/// An interaction lasts from the dispatch of the change event to the last render batch it causes: the list's loading
/// spinner has gone and no batch came for 250 ms (the clock stops at the last batch, not after the wait).
/// With <c>--pid</c>, the server's RSS and CPU come from /proc; with <c>--gcdump</c> too (the dotnet-gcdump tool,
/// <c>dotnet tool install --tool-path DIR dotnet-gcdump</c>), its live managed heap before and at idle. Progress goes to stderr every 10 s; the result is
/// one line of key=value pairs on stdout (<see cref="LoadReport.SummaryLine"/>) and, with <c>--json</c>, a file
/// that adds the client errors and the JavaScript calls the server made. The client shares the machine with
/// the server when both run on one host: its CPU use lowers what the server can do. Exit code 0 when circuits
/// were established, 1 otherwise, 2 for a bad command line.
/// </para>
/// </summary>
public static class LoadCircuits
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    public static int Run(string[] args) => RunAsync(args).GetAwaiter().GetResult();

    private static async Task<int> RunAsync(string[] args)
    {
        LoadCircuitsOptions options;
        try
        {
            options = LoadCircuitsOptions.Parse(args);
        }
        catch (ArgumentException ex)
        {
            Console.Error.WriteLine(ex.Message);
            return 2;
        }

        var cookies = new CookieContainer();
        using var handler = new SocketsHttpHandler { CookieContainer = cookies, AllowAutoRedirect = false };
        using var http = new HttpClient(handler) { BaseAddress = options.Url, Timeout = TimeSpan.FromSeconds(60) };
        if (!await QuickMatchPage.SignInAsync(http, options.Email, options.Password))
        {
            Console.Error.WriteLine($"Could not sign in as {options.Email}.");
            return 1;
        }

        var mission = options.Mission ?? await FindMissionAsync(http, cookies);
        if (mission is null)
        {
            return 1;
        }

        using var run = new LoadRun(options, http, cookies, $"client/missions/{mission}");
        var report = await run.ExecuteAsync();
        foreach (var (error, count) in report.Errors.OrderByDescending(e => e.Value).Take(10))
        {
            Console.Error.WriteLine($"{count,6} × {error}");
        }

        Console.WriteLine(report.SummaryLine());
        if (options.Json is not null)
        {
            await File.WriteAllTextAsync(options.Json, JsonSerializer.Serialize(report, Indented));
        }

        return report.Established > 0 ? 0 : 1;
    }

    private static async Task<string?> FindMissionAsync(HttpClient http, CookieContainer cookies)
    {
        await using var client = new CircuitClient(http, cookies, new LoadStatistics());
        try
        {
            await client.StartAsync("client/missions", page => page.MissionId is not null, CancellationToken.None);
            Console.Error.WriteLine($"Mission {client.MissionId} (the first on the missions list; --mission chooses another).");
            return client.MissionId;
        }
        catch (Exception ex)
        {
            Console.Error.WriteLine($"No mission found on the missions list ({ex.Message}): pass --mission <id>.");
            return null;
        }
    }
}
