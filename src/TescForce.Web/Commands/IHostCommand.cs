namespace TescForce.Web.Commands;

/// <summary>
/// An administration command the web host runs instead of starting the server
/// (<c>dotnet TescForce.Web.dll &lt;name&gt; [options]</c>). Register it in <see cref="HostCommands.AddHostCommands"/>;
/// <see cref="HostCommands.RunAsync"/> parses its options, lists it in <c>help</c> and reports its failures.
/// </summary>
public interface IHostCommand
{
    /// <summary>The first argument that runs it, e.g. <c>migrate</c>.</summary>
    string Name { get; }

    /// <summary>One line for <c>help</c>.</summary>
    string Summary { get; }

    /// <summary>The options it accepts; any other is refused before <see cref="RunAsync"/> runs.</summary>
    IReadOnlyList<CommandOption> Options { get; }

    /// <returns>The process exit code (<see cref="ExitCodes"/>).</returns>
    Task<int> RunAsync(CommandInvocation invocation, CancellationToken cancellationToken);
}
