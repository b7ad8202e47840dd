namespace TescForce.Application.Common;

/// <summary>Someone else saved the same record since it was read: nothing was overwritten.</summary>
public sealed class ConcurrencyConflictException(string message) : Exception(message)
{
    public ConcurrencyConflictException()
        : this(Messages.Common_SomeoneElseChangedRecord)
    {
    }

    public ConcurrencyConflictException(string message, Exception innerException)
        : this(message + " " + innerException.Message)
    {
    }
}
