using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using TescForce.Application.Privacy;
using TescForce.Infrastructure.Jobs;

namespace TescForce.Infrastructure.Privacy;

/// <summary>
/// Every hour, sends the retention notices that are due and anonymises the profiles whose notice ran out (ADR 0018). Safe on
/// several instances at once: <see cref="ConsultantRetention"/> claims each profile with a version-checked save. The first
/// run waits a few minutes after start-up: a deployment that restarts every instance does not send mail while it starts, and
/// a short-lived host (a command, a test) never erases anything.
/// </summary>
internal sealed partial class ConsultantRetentionJob(IServiceScopeFactory scopes, ILogger<ConsultantRetentionJob> logger)
    : PeriodicJob(scopes, logger, TimeSpan.FromHours(1), firstRunAfter: TimeSpan.FromMinutes(10))
{
    protected override async Task RunOnceAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var run = await services.GetRequiredService<ConsultantRetention>().RunAsync(cancellationToken);
        if (run.NoticesSent > 0 || run.Anonymised > 0)
        {
            LogRun(run.NoticesSent, run.Anonymised);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Consultant retention: {Notices} notice(s) sent, {Anonymised} profile(s) anonymised")]
    private partial void LogRun(int notices, int anonymised);
}
