using System.Net;
using System.Threading.RateLimiting;

namespace TescForce.Web.Security;

/// <summary>
/// Limits the public forms' submissions per client address (a few per hour), so that an anonymous form cannot be used
/// to flood the curators' queue or to send acknowledgement e-mails to strangers in bulk. Only submissions count.
/// </summary>
public sealed class FormSubmissionLimiter : IDisposable
{
    public const int PermitsPerWindow = 5;

    public static readonly TimeSpan Window = TimeSpan.FromHours(1);

    private readonly PartitionedRateLimiter<string> _limiter = PartitionedRateLimiter.Create<string, string>(key =>
        RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = PermitsPerWindow, Window = Window, QueueLimit = 0, AutoReplenishment = true,
        }));

    /// <summary>True when this address may submit <paramref name="form"/> now; counts the attempt.</summary>
    public bool TryAcquire(string form, IPAddress? address)
    {
        using var lease = _limiter.AttemptAcquire($"{form}|{address?.ToString() ?? "unknown"}");
        return lease.IsAcquired;
    }

    public void Dispose() => _limiter.Dispose();
}
