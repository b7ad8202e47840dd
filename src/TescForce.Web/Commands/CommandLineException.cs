namespace TescForce.Web.Commands;

/// <summary>A wrong command line (exit code <see cref="ExitCodes.Usage"/>); the message is shown as it is.</summary>
public sealed class CommandLineException(string message) : Exception(message);
