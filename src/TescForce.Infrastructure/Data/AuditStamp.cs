using TescForce.Domain.Audit;

namespace TescForce.Infrastructure.Data;

/// <summary>
/// The actor a context's saves are recorded under. Pooled contexts are reused, so the stamp is reset
/// when the context is returned: a context never inherits the previous user's identity.
/// </summary>
internal sealed class AuditStamp
{
    public string? ActorId { get; private set; }

    /// <summary>Looked up once per context, at its first audited save.</summary>
    public string? ActorName { get; set; }

    public bool NameResolved { get; set; }

    /// <summary>Reference data import and demo seeding: bulk writes no person made, deliberately not recorded (ADR 0008).</summary>
    public bool Suppressed { get; private set; }

    /// <summary>The entries added by the save in progress, taken back if it fails so a retry does not write them twice.</summary>
    public List<AuditEntry> InFlight { get; } = [];

    /// <param name="actorName">Given when the actor has no account to read it from (a registration in progress).</param>
    public void Stamp(string actorId, string? actorName = null)
    {
        ActorId = actorId;
        ActorName = actorName;
        NameResolved = actorName is not null;
    }

    /// <summary>Records nothing until the returned scope ends, then restores the previous stamp.</summary>
    public IDisposable Suppress(string actorId)
    {
        var (previousId, previousName, previousResolved, previousSuppressed) = (ActorId, ActorName, NameResolved, Suppressed);
        Stamp(actorId);
        Suppressed = true;
        return new Restore(() => (ActorId, ActorName, NameResolved, Suppressed) = (previousId, previousName, previousResolved, previousSuppressed));
    }

    public void Reset()
    {
        ActorId = null;
        ActorName = null;
        NameResolved = false;
        Suppressed = false;
        InFlight.Clear();
    }

    private sealed class Restore(Action restore) : IDisposable
    {
        public void Dispose() => restore();
    }
}
