using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using TescForce.Application.Introductions;

namespace TescForce.Infrastructure.Introductions;

/// <summary>
/// Every hour, reminds the companies of the introduction requests that expire within a day, then marks those
/// left unanswered past their deadline as expired.
/// </summary>
internal sealed partial class IntroductionExpiry(IServiceScopeFactory scopes, ILogger<IntroductionExpiry> logger) : BackgroundService
{
    private static readonly TimeSpan Interval = TimeSpan.FromHours(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval);
        do
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var introductions = scope.ServiceProvider.GetRequiredService<IntroductionService>();
                var reminded = await introductions.RemindDueAsync(stoppingToken);
                if (reminded > 0)
                {
                    LogReminded(reminded);
                }

                var expired = await introductions.ExpireDueAsync(stoppingToken);
                if (expired > 0)
                {
                    LogExpired(expired);
                }
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                // The database may be unavailable for a while; the next tick tries again.
                LogFailed(ex);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "{Count} introduction request(s) expired")]
    private partial void LogExpired(int count);

    [LoggerMessage(Level = LogLevel.Information, Message = "{Count} company reminder(s) of introduction requests about to expire")]
    private partial void LogReminded(int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Reminding or expiring introduction requests failed; trying again at the next tick")]
    private partial void LogFailed(Exception exception);
}
