namespace TescForce.Domain.Common;

/// <summary>A business rule refused an operation. <see cref="Code"/> is stable, for tests and translations.</summary>
public sealed class DomainException(string code, string message) : Exception(message)
{
    public string Code { get; } = code;

    public DomainException()
        : this("domain", Messages.Common_OperationNotAllowed)
    {
    }

    public DomainException(string message)
        : this("domain", message)
    {
    }

    public DomainException(string message, Exception innerException)
        : this("domain", message + " " + innerException.Message)
    {
    }
}
