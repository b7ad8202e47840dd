namespace TescForce.Application.Common;

/// <summary>Thrown when the acting user may not perform an operation on a resource.</summary>
public sealed class ForbiddenAccessException(string message) : Exception(message)
{
    public ForbiddenAccessException()
        : this(Messages.Common_NotAllowedDo)
    {
    }

    public ForbiddenAccessException(string message, Exception innerException)
        : this(message + " " + innerException.Message)
    {
    }
}
