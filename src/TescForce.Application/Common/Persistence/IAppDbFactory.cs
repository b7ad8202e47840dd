using TescForce.Application.Common;

namespace TescForce.Application.Common.Persistence;

/// <summary>Creates a short-lived <see cref="IAppDb"/>: Blazor Server circuits must not hold one.</summary>
public interface IAppDbFactory
{
    /// <summary>For reads: a save that changes audited data through this context is refused (ADR 0008).</summary>
    Task<IAppDb> CreateAsync(CancellationToken cancellationToken = default);

    /// <summary>For writes: the audit log records this context's changes under <paramref name="actor"/>.</summary>
    Task<IAppDb> CreateAsync(ActingUser actor, CancellationToken cancellationToken = default);
}
