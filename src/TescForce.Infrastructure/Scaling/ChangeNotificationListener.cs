using System.Threading.Channels;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Npgsql;
using TescForce.Application.Common.Persistence;

namespace TescForce.Infrastructure.Scaling;

/// <summary>
/// Hears the other instances' commits (PostgreSQL <c>LISTEN</c>) and hands them to this instance's in-memory views (the
/// match index, the talent pool snapshot) as if they had been committed here. Notifications that arrive together are
/// merged, so that an import seen as many notifications is applied once. After a lost connection it listens again and
/// asks the views to reload everything, since what was sent meanwhile is gone; the periodic reconciliation heals the rest.
/// </summary>
internal sealed partial class ChangeNotificationListener(
    ClusterDatabase cluster,
    ClusterInstance instance,
    IServiceProvider services,
    IOptions<ScalingOptions> options,
    ILogger<ChangeNotificationListener> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Notifications)
        {
            return;
        }

        var received = Channel.CreateUnbounded<string>(new UnboundedChannelOptions { SingleReader = true });
        var dispatching = DispatchAsync(received.Reader, stoppingToken);
        var listenedBefore = false;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var connection = new NpgsqlConnection(cluster.ListenerConnectionString);
                connection.Notification += (_, e) => received.Writer.TryWrite(e.Payload);
                await connection.OpenAsync(stoppingToken);
                await using (var listen = new NpgsqlCommand($"LISTEN {options.Value.Channel}", connection))
                {
                    await listen.ExecuteNonQueryAsync(stoppingToken);
                }

                if (listenedBefore)
                {
                    received.Writer.TryWrite(ChangeNotification.ReloadEverything);
                }

                listenedBefore = true;
                LogListening(options.Value.Channel);
                while (true)
                {
                    await connection.WaitAsync(stoppingToken);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (Exception ex)
            {
                LogConnectionLost(ex, options.Value.ReconnectDelay);
                try
                {
                    await Task.Delay(options.Value.ReconnectDelay, stoppingToken);
                }
                catch (OperationCanceledException)
                {
                    break;
                }
            }
        }

        received.Writer.TryComplete();
        await dispatching;
    }

    private async Task DispatchAsync(ChannelReader<string> received, CancellationToken stoppingToken)
    {
        try
        {
            while (await received.WaitToReadAsync(stoppingToken))
            {
                var changes = Merge(received);
                if (!changes.IsEmpty)
                {
                    await ApplyAsync(changes, stoppingToken);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    /// <summary>Everything received so far, from the other instances, as one change set.</summary>
    private DataChangeSet Merge(ChannelReader<string> received)
    {
        var consultants = new HashSet<Guid>();
        var companies = new HashSet<Guid>();
        var taxonomy = false;
        while (received.TryRead(out var payload))
        {
            if (!ChangeNotification.TryDecode(payload, out var sender, out var changes))
            {
                LogUnreadable(payload.Length);
                continue;
            }

            if (sender == instance.Id)
            {
                continue; // this instance's own commit, applied when it was made
            }

            consultants.UnionWith(changes.Consultants);
            companies.UnionWith(changes.Companies);
            taxonomy |= changes.Taxonomy;
        }

        return new DataChangeSet(consultants, companies, taxonomy);
    }

    private async Task ApplyAsync(DataChangeSet changes, CancellationToken stoppingToken)
    {
        foreach (var listener in services.GetServices<IDataChangeListener>())
        {
            if (listener is ChangeNotificationPublisher)
            {
                continue; // what another instance committed is not this one's to publish again
            }

            try
            {
                await listener.OnCommittedAsync(changes, stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogApplyFailed(ex, listener.GetType().Name);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Listening for the other instances' changes on PostgreSQL channel {Channel}")]
    private partial void LogListening(string channel);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The connection that listens for the other instances' changes was lost; connecting again in {Delay}")]
    private partial void LogConnectionLost(Exception exception, TimeSpan delay);

    [LoggerMessage(Level = LogLevel.Warning, Message = "A change notification of {Length} characters could not be read; the reconciliation will catch up")]
    private partial void LogUnreadable(int length);

    [LoggerMessage(Level = LogLevel.Error, Message = "Applying another instance's changes to {Listener} failed; the reconciliation will catch up")]
    private partial void LogApplyFailed(Exception exception, string listener);
}
