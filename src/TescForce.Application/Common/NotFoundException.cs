namespace TescForce.Application.Common;

/// <summary>The resource does not exist, or the acting user may not know that it does.</summary>
public sealed class NotFoundException(string message) : Exception(message)
{
    public NotFoundException()
        : this(Messages.Common_NotFound)
    {
    }

    public NotFoundException(string message, Exception innerException)
        : this(message + " " + innerException.Message)
    {
    }
}
