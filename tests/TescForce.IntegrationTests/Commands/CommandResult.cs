namespace TescForce.IntegrationTests.Commands;

/// <summary>What a command run left: its exit code and what it wrote on each stream.</summary>
internal sealed record CommandResult(int ExitCode, string Output, string Error)
{
    public IReadOnlyList<string> ErrorLines => Error.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
