namespace TescForce.Infrastructure.Jobs;

/// <summary>
/// Lets one instance at a time run a background job when several share a database: the others skip that run. The
/// jobs are written to be correct even if two runs overlapped; the lock saves the duplicate work and e-mails.
/// </summary>
internal interface IJobLock
{
    /// <summary>The held lock, released when disposed; null when another instance holds it.</summary>
    Task<IAsyncDisposable?> TryAcquireAsync(string job, CancellationToken cancellationToken);
}
