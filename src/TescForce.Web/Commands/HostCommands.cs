using System.Text;

namespace TescForce.Web.Commands;

/// <summary>
/// The administration commands of the web host: <c>dotnet TescForce.Web.dll &lt;command&gt; [options]</c> runs one
/// with the host's configuration and services, then exits; without a command the server starts. A command
/// is an <see cref="IHostCommand"/> registered in <see cref="AddHostCommands"/>.
/// </summary>
public static class HostCommands
{
    private static readonly string[] HelpNames = ["help", "--help", "-h", "-?"];

    public static IServiceCollection AddHostCommands(this IServiceCollection services)
    {
        services.AddSingleton<IHostCommand, MigrateCommand>();
        services.AddSingleton<IHostCommand, SeedDemoCommand>();
        services.AddSingleton<IHostCommand, CreateCuratorCommand>();
        services.AddSingleton<IHostCommand, CreateApiKeyCommand>();
        return services;
    }

    /// <summary>
    /// A command line that names a command rather than settings for the server: the first argument is a word
    /// (not an option such as <c>--urls</c>, nor a <c>key=value</c> setting), or asks for help.
    /// </summary>
    public static bool IsCommandLine(IReadOnlyList<string> args) =>
        args.Count > 0 && (HelpNames.Contains(args[0]) || (!args[0].StartsWith('-') && !args[0].Contains('=')));

    /// <summary>
    /// Quiets the log for a command run, so that what the command prints is what one reads: warnings and
    /// errors only (all of it with <c>--verbose</c>), nothing from EF Core (the command reports its failures
    /// itself), and every log line on the error stream so that the output stays the command's.
    /// </summary>
    public static void ConfigureForCommand(this IConfigurationBuilder configuration, IReadOnlyList<string> args)
    {
        var verbose = args.Contains("--" + CommandArguments.Verbose);
        configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Serilog:MinimumLevel:Default"] = verbose ? "Information" : "Warning",
            ["Serilog:MinimumLevel:Override:Microsoft.EntityFrameworkCore"] = verbose ? "Warning" : "Fatal",
            ["Serilog:MinimumLevel:Override:Microsoft.AspNetCore"] = "Warning",
            // Named here too: run from another folder, the host finds no appsettings.json to name the sink.
            ["Serilog:WriteTo:Console:Name"] = "Console",
            ["Serilog:WriteTo:Console:Args:standardErrorFromLevel"] = "Verbose",
        });
    }

    /// <summary>Runs the command of <paramref name="args"/> on the process's console; Ctrl+C cancels it.</summary>
    public static async Task<int> RunFromConsoleAsync(IServiceProvider services, IReadOnlyList<string> args)
    {
        using var cancellation = new CancellationTokenSource();
        ConsoleCancelEventHandler cancel = (_, e) =>
        {
            e.Cancel = true;
            cancellation.Cancel();
        };
        Console.CancelKeyPress += cancel;
        try
        {
            return await RunAsync(services, args, CommandConsole.System(), cancellation.Token);
        }
        finally
        {
            Console.CancelKeyPress -= cancel;
        }
    }

    /// <summary>
    /// Runs the command named by <c>args[0]</c> with the rest as its options, in a scope of
    /// <paramref name="services"/>. Failures are reported as one line on the error stream (with the stack
    /// trace under <c>--verbose</c>) and an exit code, never thrown.
    /// </summary>
    public static async Task<int> RunAsync(
        IServiceProvider services, IReadOnlyList<string> args, CommandConsole console, CancellationToken cancellationToken = default)
    {
        var commands = services.GetServices<IHostCommand>().OrderBy(c => c.Name, StringComparer.Ordinal).ToList();
        if (args.Count == 0 || HelpNames.Contains(args[0]))
        {
            return Help(commands, args.Skip(1).ToList(), console);
        }

        var command = commands.SingleOrDefault(c => c.Name == args[0]);
        if (command is null)
        {
            console.Error.WriteLine(
                $"Unknown command '{args[0]}'. Commands: {string.Join(", ", commands.Select(c => c.Name))}, help.");
            return ExitCodes.Usage;
        }

        CommandArguments arguments;
        try
        {
            arguments = CommandArguments.Parse(command.Name, args.Skip(1).ToList(), command.Options);
        }
        catch (CommandLineException e)
        {
            console.Error.WriteLine(e.Message);
            return ExitCodes.Usage;
        }

        if (arguments.Has(CommandArguments.Help))
        {
            WriteUsage(command, console.Out);
            return ExitCodes.Success;
        }

        try
        {
            await using var scope = services.CreateAsyncScope();
            return await command.RunAsync(new CommandInvocation(scope.ServiceProvider, arguments, console), cancellationToken);
        }
        catch (CommandLineException e)
        {
            console.Error.WriteLine(e.Message);
            return ExitCodes.Usage;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            console.Error.WriteLine($"{command.Name}: cancelled.");
            return ExitCodes.Cancelled;
        }
        catch (Exception e)
        {
            console.Error.WriteLine(arguments.IsVerbose
                ? $"{command.Name} failed: {e}"
                : $"{command.Name} failed: {OneLine(e)} (--verbose shows the details)");
            return ExitCodes.Failure;
        }
    }

    private static int Help(IReadOnlyList<IHostCommand> commands, IReadOnlyList<string> topics, CommandConsole console)
    {
        if (topics.Count > 0)
        {
            var command = commands.SingleOrDefault(c => c.Name == topics[0]);
            if (command is null || topics.Count > 1)
            {
                console.Error.WriteLine($"help: no command '{string.Join(' ', topics)}'. Commands: {string.Join(", ", commands.Select(c => c.Name))}.");
                return ExitCodes.Usage;
            }

            WriteUsage(command, console.Out);
            return ExitCodes.Success;
        }

        var output = console.Out;
        output.WriteLine("Usage: dotnet TescForce.Web.dll <command> [options]");
        output.WriteLine("       dotnet run --project src/TescForce.Web -- <command> [options]");
        output.WriteLine("Without a command (or with only settings such as --urls), the web server starts.");
        output.WriteLine("The database and the other settings come from appsettings and environment variables, as for the server.");
        output.WriteLine();
        output.WriteLine("Commands:");
        foreach (var command in commands)
        {
            output.WriteLine($"  {command.Name,-16}{command.Summary}");
            foreach (var option in command.Options)
            {
                output.WriteLine($"      {option.Usage,-24}{Describe(option)}");
            }
        }

        output.WriteLine($"  {"help [command]",-16}List the commands, or one command's options.");
        output.WriteLine();
        output.WriteLine("Every command also takes:");
        foreach (var option in CommandArguments.GlobalOptions)
        {
            output.WriteLine($"      {option.Usage,-24}{option.Description}");
        }

        output.WriteLine();
        output.WriteLine($"Exit codes: {ExitCodes.Success} done, {ExitCodes.Failure} failed or refused, {ExitCodes.Usage} wrong command line, {ExitCodes.Cancelled} cancelled.");
        return ExitCodes.Success;
    }

    private static void WriteUsage(IHostCommand command, TextWriter output)
    {
        var usage = new StringBuilder($"Usage: dotnet TescForce.Web.dll {command.Name}");
        foreach (var option in command.Options)
        {
            usage.Append(option.Required ? $" {option.Usage}" : $" [{option.Usage}]");
        }

        output.WriteLine(usage.Append(" [--verbose]").ToString());
        output.WriteLine(command.Summary);
        foreach (var option in command.Options.Concat(CommandArguments.GlobalOptions))
        {
            output.WriteLine($"  {option.Usage,-24}{Describe(option)}");
        }
    }

    private static string Describe(CommandOption option) => option.Required ? $"{option.Description} (required)" : option.Description;

    /// <summary>The messages of the exception and its inner ones, without repeats, on one line.</summary>
    private static string OneLine(Exception exception)
    {
        var messages = new List<string>();
        for (var e = exception; e is not null; e = e.InnerException)
        {
            var message = e.Message.ReplaceLineEndings(" ").Trim();
            if (message.Length > 0 && !messages.Any(m => m.Contains(message, StringComparison.Ordinal)))
            {
                messages.Add(message);
            }
        }

        return string.Join(": ", messages);
    }
}
