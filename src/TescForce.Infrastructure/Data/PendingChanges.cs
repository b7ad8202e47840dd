using TescForce.Application.Common.Persistence;

namespace TescForce.Infrastructure.Data;

/// <summary>The changes a context saved and has not yet reported (see <see cref="ChangeFeedInterceptor"/>).</summary>
internal sealed class PendingChanges
{
    public HashSet<Guid> Consultants { get; private set; } = [];

    public HashSet<Guid> Companies { get; private set; } = [];

    public bool Taxonomy { get; set; }

    /// <summary>
    /// Set during SaveChanges: a transaction that starts then is the one EF Core opens around a save of
    /// several statements, which must not drop what this very save collected.
    /// </summary>
    public bool Saving { get; set; }

    /// <summary>Hands the changes over and starts afresh.</summary>
    public DataChangeSet Take()
    {
        var changes = new DataChangeSet(Consultants, Companies, Taxonomy);
        Consultants = [];
        Companies = [];
        Taxonomy = false;
        return changes;
    }

    public void Clear()
    {
        Consultants.Clear();
        Companies.Clear();
        Taxonomy = false;
    }
}
