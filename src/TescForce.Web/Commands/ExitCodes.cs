namespace TescForce.Web.Commands;

/// <summary>The exit codes of the administration commands (documented in the README).</summary>
public static class ExitCodes
{
    public const int Success = 0;

    /// <summary>The command ran and could not do what was asked: refused input, existing data, database unreachable.</summary>
    public const int Failure = 1;

    /// <summary>The command line itself is wrong: unknown command or option, missing or malformed value.</summary>
    public const int Usage = 2;

    /// <summary>Interrupted with Ctrl+C (128 + SIGINT, as shells report it).</summary>
    public const int Cancelled = 130;
}
