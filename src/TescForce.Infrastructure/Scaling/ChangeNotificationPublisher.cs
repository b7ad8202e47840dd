using Microsoft.Extensions.Options;
using Npgsql;
using TescForce.Application.Common.Persistence;

namespace TescForce.Infrastructure.Scaling;

/// <summary>
/// Tells the other instances what a commit changed, through PostgreSQL <c>NOTIFY</c>. It runs as a change listener,
/// after the commit: a notification that fails to go out is logged by the change feed, and the other instances catch up
/// at their next reconciliation (<c>Matching:ReconcileInterval</c>).
/// </summary>
internal sealed class ChangeNotificationPublisher(ClusterDatabase cluster, ClusterInstance instance, IOptions<ScalingOptions> options)
    : IDataChangeListener
{
    public async Task OnCommittedAsync(DataChangeSet changes, CancellationToken cancellationToken)
    {
        if (!options.Value.Notifications || changes.IsEmpty)
        {
            return;
        }

        // One round trip, one implicit transaction: the chunks of a large change arrive together.
        await using var batch = cluster.DataSource.CreateBatch();
        foreach (var payload in ChangeNotification.Encode(instance.Id, changes))
        {
            batch.BatchCommands.Add(new NpgsqlBatchCommand("SELECT pg_notify($1, $2)")
            {
                Parameters = { new NpgsqlParameter { Value = options.Value.Channel }, new NpgsqlParameter { Value = payload } },
            });
        }

        await batch.ExecuteNonQueryAsync(CancellationToken.None);
    }
}
