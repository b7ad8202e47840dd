using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using TescForce.Application.Audit;

namespace TescForce.Infrastructure.Audit;

/// <summary>
/// Once a day, deletes the audit entries older than <c>Audit:RetentionDays</c>. A failed run changes nothing
/// and the next one deletes what it missed: the cut-off is a date, not a list.
/// </summary>
internal sealed partial class AuditRetention(IServiceScopeFactory scopes, ILogger<AuditRetention> logger) : BackgroundService
{
    private static readonly TimeSpan Interval = TimeSpan.FromDays(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval);
        do
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var deleted = await scope.ServiceProvider.GetRequiredService<AuditLogService>().DeleteExpiredAsync(stoppingToken);
                if (deleted > 0)
                {
                    LogDeleted(deleted);
                }
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                // The database may be unavailable (or not migrated yet at start-up); tomorrow's run catches up.
                LogFailed(ex);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "{Count} audit entrie(s) past the retention period deleted")]
    private partial void LogDeleted(int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Deleting audit entries past the retention period failed; trying again tomorrow")]
    private partial void LogFailed(Exception exception);
}
