namespace TescForce.Web.Commands;

/// <summary>
/// Where a command writes, reads and finds its environment variables: the process's console, or
/// strings and a dictionary in tests.
/// </summary>
public sealed class CommandConsole(
    TextWriter output,
    TextWriter error,
    TextReader input,
    bool isInputRedirected,
    Func<string, string?> environmentVariable)
{
    public TextWriter Out { get; } = output;

    public TextWriter Error { get; } = error;

    public static CommandConsole System() => new(
        Console.Out, Console.Error, Console.In, Console.IsInputRedirected, Environment.GetEnvironmentVariable);

    public string? EnvironmentVariable(string name) => environmentVariable(name);

    /// <summary>Writes each reason as <c>command: reason</c> on the error output and answers the failure exit code.</summary>
    public int Refuse(string command, params string[] reasons)
    {
        ArgumentNullException.ThrowIfNull(reasons);
        foreach (var reason in reasons)
        {
            Error.WriteLine($"{command}: {reason}");
        }

        return ExitCodes.Failure;
    }

    /// <summary>Refuses when the database has migrations to apply: the command would fail half-way otherwise.</summary>
    public async Task<int?> RefuseIfPendingMigrationsAsync(string command, Microsoft.EntityFrameworkCore.DbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var pending = (await Microsoft.EntityFrameworkCore.RelationalDatabaseFacadeExtensions.GetPendingMigrationsAsync(db.Database, cancellationToken)).Count();
        return pending > 0 ? Refuse(command, $"the database has {pending} pending migration(s): run 'migrate' first.") : null;
    }

    /// <summary>
    /// Asks for a secret: without echo on a terminal (asked twice, the answers must match), or one line
    /// when the input is redirected. The prompts go to the error stream so that the output stays the result.
    /// </summary>
    /// <returns>The secret, or null at the end of the input or when the two answers differ.</returns>
    public string? ReadSecret(string prompt)
    {
        Error.Write($"{prompt}: ");
        if (isInputRedirected)
        {
            var line = input.ReadLine();
            Error.WriteLine();
            return line;
        }

        var first = ReadWithoutEcho();
        Error.Write($"{prompt} (again): ");
        var second = ReadWithoutEcho();
        if (first != second)
        {
            Error.WriteLine("The two entries differ.");
            return null;
        }

        return first;
    }

    private string ReadWithoutEcho()
    {
        var secret = new System.Text.StringBuilder();
        while (true)
        {
            var key = Console.ReadKey(intercept: true);
            if (key.Key == ConsoleKey.Enter)
            {
                Error.WriteLine();
                return secret.ToString();
            }

            if (key.Key == ConsoleKey.Backspace)
            {
                if (secret.Length > 0)
                {
                    secret.Length--;
                }
            }
            else if (!char.IsControl(key.KeyChar))
            {
                secret.Append(key.KeyChar);
            }
        }
    }
}
