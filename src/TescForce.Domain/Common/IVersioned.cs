namespace TescForce.Domain.Common;

/// <summary>
/// An entity protected by optimistic concurrency: the persistence layer increments <see cref="Version"/>
/// on every update and refuses an update whose original version is no longer the stored one.
/// The same rule on SQLite and PostgreSQL (no provider-specific row version).
/// </summary>
public interface IVersioned
{
    int Version { get; set; }
}
