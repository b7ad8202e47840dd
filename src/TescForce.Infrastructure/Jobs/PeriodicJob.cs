using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace TescForce.Infrastructure.Jobs;

/// <summary>
/// A background job run at start-up (or <c>firstRunAfter</c> it) and then at a fixed interval, each run in its own service
/// scope. A failed run is logged and the next tick tries again: the jobs are written so that a later run catches up.
/// When several instances share the database, one runs each tick's work (<see cref="IJobLock"/>); the others skip it.
/// </summary>
internal abstract partial class PeriodicJob(IServiceScopeFactory scopes, ILogger logger, TimeSpan interval, TimeSpan firstRunAfter = default)
    : BackgroundService
{
    protected abstract Task RunOnceAsync(IServiceProvider services, CancellationToken cancellationToken);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (firstRunAfter > TimeSpan.Zero)
        {
            await Task.Delay(firstRunAfter, stoppingToken);
        }

        using var timer = new PeriodicTimer(interval);
        do
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                await using var held = await scope.ServiceProvider.GetRequiredService<IJobLock>().TryAcquireAsync(GetType().Name, stoppingToken);
                if (held is null)
                {
                    LogSkipped(logger, GetType().Name);
                    continue;
                }

                await RunOnceAsync(scope.ServiceProvider, stoppingToken);
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                // The database may be unavailable for a while (or not migrated yet at start-up).
                LogFailed(logger, GetType().Name, interval, ex);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "The background job {Job} is running on another instance; this one skips its turn")]
    private static partial void LogSkipped(ILogger logger, string job);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The background job {Job} failed; it runs again in {Interval}")]
    private static partial void LogFailed(ILogger logger, string job, TimeSpan interval, Exception exception);
}
