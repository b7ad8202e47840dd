namespace TescForce.Application.Common;

/// <summary>Someone else saved the same record since it was read: nothing was overwritten.</summary>
public sealed class ConcurrencyConflictException(string message) : Exception(message)
{
    public ConcurrencyConflictException()
        : this("Someone else changed this record since you opened it. Reload it to see their changes; yours were not saved.")
    {
    }

    public ConcurrencyConflictException(string message, Exception innerException)
        : this(message + " " + innerException.Message)
    {
    }
}
