using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using TescForce.Application.Matching;

namespace TescForce.Infrastructure.Matching;

/// <summary>
/// Loads the match index when the application starts (so the first client does not wait for it) and
/// rebuilds it from the database every <see cref="MatchIndexOptions.ReconcileInterval"/>.
/// </summary>
internal sealed partial class MatchIndexMaintenance(MatchIndexHost host, IOptions<MatchIndexOptions> options, ILogger<MatchIndexMaintenance> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await RunAsync(() => host.GetAsync(stoppingToken), stoppingToken);
        var interval = options.Value.ReconcileInterval;
        if (interval <= TimeSpan.Zero)
        {
            return;
        }

        using var timer = new PeriodicTimer(interval);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            await RunAsync(() => host.ReloadAsync(stoppingToken), stoppingToken);
        }
    }

    private async Task RunAsync(Func<Task> work, CancellationToken stoppingToken)
    {
        try
        {
            await work();
        }
        catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
        {
            // The database may not be ready yet (migrations off, server down): queries load the index on first use.
            LogFailed(ex);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Loading the match index failed; it will be loaded on first use or at the next reconciliation")]
    private partial void LogFailed(Exception exception);
}
