using System.Collections.Concurrent;

namespace TescForce.Infrastructure.Jobs;

/// <summary>On SQLite one instance owns the database file: a lock within the process is all it takes.</summary>
internal sealed class InProcessJobLock : IJobLock
{
    private readonly ConcurrentDictionary<string, byte> _held = new(StringComparer.Ordinal);

    public Task<IAsyncDisposable?> TryAcquireAsync(string job, CancellationToken cancellationToken) =>
        Task.FromResult<IAsyncDisposable?>(_held.TryAdd(job, 0) ? new Release(() => _held.TryRemove(job, out _)) : null);

    private sealed class Release(Action release) : IAsyncDisposable
    {
        public ValueTask DisposeAsync()
        {
            release();
            return ValueTask.CompletedTask;
        }
    }
}
