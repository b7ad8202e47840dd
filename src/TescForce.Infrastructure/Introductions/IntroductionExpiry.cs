using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using TescForce.Application.Introductions;
using TescForce.Infrastructure.Jobs;

namespace TescForce.Infrastructure.Introductions;

/// <summary>
/// Every hour, reminds the companies of the introduction requests that expire within a day, then marks those
/// left unanswered past their deadline as expired.
/// </summary>
internal sealed partial class IntroductionExpiry(IServiceScopeFactory scopes, ILogger<IntroductionExpiry> logger)
    : PeriodicJob(scopes, logger, TimeSpan.FromHours(1))
{
    protected override async Task RunOnceAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var introductions = services.GetRequiredService<IntroductionService>();
        var reminded = await introductions.RemindDueAsync(cancellationToken);
        if (reminded > 0)
        {
            LogReminded(reminded);
        }

        var expired = await introductions.ExpireDueAsync(cancellationToken);
        if (expired > 0)
        {
            LogExpired(expired);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "{Count} introduction request(s) expired")]
    private partial void LogExpired(int count);

    [LoggerMessage(Level = LogLevel.Information, Message = "{Count} company reminder(s) of introduction requests about to expire")]
    private partial void LogReminded(int count);
}
