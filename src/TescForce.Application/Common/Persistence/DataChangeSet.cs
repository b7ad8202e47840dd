namespace TescForce.Application.Common.Persistence;

/// <summary>What a committed transaction changed, as far as the in-memory views (the match index) care.</summary>
/// <param name="Consultants">Consultants whose profile, skills or languages changed (added, edited, removed).</param>
/// <param name="Companies">Member companies that changed (their approval decides their consultants' visibility).</param>
/// <param name="Taxonomy">Whether skills, their parents or their relations changed.</param>
public sealed record DataChangeSet(IReadOnlySet<Guid> Consultants, IReadOnlySet<Guid> Companies, bool Taxonomy)
{
    /// <summary>
    /// Everything may have changed: the views reload entirely, as for a taxonomy change. Said by an instance's listener
    /// after it reconnected, since notifications sent while it was away are lost.
    /// </summary>
    public static DataChangeSet Everything { get; } = new(new HashSet<Guid>(), new HashSet<Guid>(), Taxonomy: true);

    public bool IsEmpty => Consultants.Count == 0 && Companies.Count == 0 && !Taxonomy;
}
