using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using Npgsql;
using TescForce.Infrastructure.Jobs;

namespace TescForce.Infrastructure.Scaling;

/// <summary>
/// A PostgreSQL session advisory lock per job, held on its own connection for the length of the run. If the instance
/// dies, its connection closes and the lock goes with it: no lease to expire, no row to clean up.
/// </summary>
internal sealed class PostgreSqlJobLock(ClusterDatabase cluster) : IJobLock
{
    public async Task<IAsyncDisposable?> TryAcquireAsync(string job, CancellationToken cancellationToken)
    {
        var key = KeyOf(job);
        var connection = await cluster.DataSource.OpenConnectionAsync(cancellationToken);
        try
        {
            await using var command = new NpgsqlCommand("SELECT pg_try_advisory_lock($1)", connection) { Parameters = { new NpgsqlParameter { Value = key } } };
            if (await command.ExecuteScalarAsync(cancellationToken) is true)
            {
                return new Held(connection, key);
            }
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }

        await connection.DisposeAsync();
        return null;
    }

    /// <summary>A stable 64-bit key per job name (the same on every instance and version).</summary>
    internal static long KeyOf(string job) =>
        BinaryPrimitives.ReadInt64BigEndian(SHA256.HashData(Encoding.UTF8.GetBytes("tescforce:job:" + job)));

    private sealed class Held(NpgsqlConnection connection, long key) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            try
            {
                await using var command = new NpgsqlCommand("SELECT pg_advisory_unlock($1)", connection) { Parameters = { new NpgsqlParameter { Value = key } } };
                await command.ExecuteScalarAsync(CancellationToken.None);
            }
            finally
            {
                // Back to the pool; had the unlock failed, the broken connection is discarded and the lock with it.
                await connection.DisposeAsync();
            }
        }
    }
}
