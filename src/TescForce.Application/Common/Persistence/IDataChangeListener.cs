namespace TescForce.Application.Common.Persistence;

/// <summary>
/// Hears of every change once it is committed (never of a change that was rolled back), before the
/// call that saved it returns: the next read sees it. A listener's failure is logged, never thrown at
/// the saver, whose change is already in the database.
/// </summary>
public interface IDataChangeListener
{
    Task OnCommittedAsync(DataChangeSet changes, CancellationToken cancellationToken);
}
