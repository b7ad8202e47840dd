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
