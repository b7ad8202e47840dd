using System.Diagnostics;
using System.Globalization;

namespace TescForce.Benchmarks.Circuits;

/// <summary>
/// The server's resident memory and CPU time, read from /proc (Linux) when <c>--pid</c> names the server
/// process; null elsewhere. RSS includes the runtime and whatever the GC has not returned yet (server GC keeps
/// what it once used), so per-circuit figures from it are an upper bound; the GC heap is the better figure.
/// </summary>
internal sealed class ServerProcess(int? pid, string? gcDumpTool)
{
    /// <summary>
    /// The live managed heap, through <c>dotnet-gcdump</c> (given as <c>--gcdump PATH</c>): collecting the dump
    /// forces a full, blocking collection in the server, so this is taken only while the circuits are idle.
    /// </summary>
    public async Task<long?> GcHeapBytesAsync()
    {
        if (pid is null || gcDumpTool is null)
        {
            return null;
        }

        var file = Path.Combine(Path.GetTempPath(), $"load-circuits-{pid}-{Environment.ProcessId}.gcdump");
        try
        {
            await RunAsync(gcDumpTool, $"collect -p {pid} -o {file}");
            var report = await RunAsync(gcDumpTool, $"report {file}");
            var line = report.Split('\n').FirstOrDefault(l => l.Contains("GC Heap bytes", StringComparison.Ordinal));
            return line is null ? null : long.Parse(line.Trim().Split(' ')[0], NumberStyles.AllowThousands, CultureInfo.InvariantCulture);
        }
        finally
        {
            File.Delete(file);
        }
    }

    private static async Task<string> RunAsync(string tool, string arguments)
    {
        using var process = Process.Start(new ProcessStartInfo(tool, arguments) { RedirectStandardOutput = true, RedirectStandardError = true })
            ?? throw new InvalidOperationException($"{tool} did not start");
        var output = process.StandardOutput.ReadToEndAsync();
        await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return await output;
    }

    public long? RssKilobytes()
    {
        if (pid is null || !File.Exists($"/proc/{pid}/status"))
        {
            return null;
        }

        var line = File.ReadLines($"/proc/{pid}/status").FirstOrDefault(l => l.StartsWith("VmRSS:", StringComparison.Ordinal));
        return line is null ? null : long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture);
    }

    /// <summary>User plus system CPU seconds (fields 14 and 15 of /proc/PID/stat, in clock ticks of 1/100 s).</summary>
    public double? CpuSeconds()
    {
        if (pid is null || !File.Exists($"/proc/{pid}/stat"))
        {
            return null;
        }

        // The command name (field 2) may hold spaces; the fields after its closing parenthesis do not.
        var stat = File.ReadAllText($"/proc/{pid}/stat");
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        return (long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture)) / 100.0;
    }
}
