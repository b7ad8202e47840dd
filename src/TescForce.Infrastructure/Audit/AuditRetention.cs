using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using TescForce.Application.Audit;
using TescForce.Infrastructure.Jobs;

namespace TescForce.Infrastructure.Audit;

/// <summary>
/// Once a day, deletes the audit entries older than <c>Audit:RetentionDays</c>. A failed run changes nothing
/// and the next one deletes what it missed: the cut-off is a date, not a list.
/// </summary>
internal sealed partial class AuditRetention(IServiceScopeFactory scopes, ILogger<AuditRetention> logger)
    : PeriodicJob(scopes, logger, TimeSpan.FromDays(1))
{
    protected override async Task RunOnceAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var deleted = await services.GetRequiredService<AuditLogService>().DeleteExpiredAsync(cancellationToken);
        if (deleted > 0)
        {
            LogDeleted(deleted);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "{Count} audit entrie(s) past the retention period deleted")]
    private partial void LogDeleted(int count);
}
