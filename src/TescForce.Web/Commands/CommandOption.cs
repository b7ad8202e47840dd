namespace TescForce.Web.Commands;

/// <summary>An option of a command: <c>--name value</c> (or <c>--name=value</c>), or a flag when <see cref="ValueName"/> is null.</summary>
/// <param name="Name">Without the dashes: <c>email</c> for <c>--email</c>.</param>
/// <param name="ValueName">How <c>help</c> names the value (<c>E</c>, <c>N</c>); null for a flag.</param>
/// <param name="Description">One line for <c>help</c>.</param>
/// <param name="Required">The command refuses to run without it.</param>
public sealed record CommandOption(string Name, string? ValueName, string Description, bool Required = false)
{
    public bool IsFlag => ValueName is null;

    public string Usage => IsFlag ? $"--{Name}" : $"--{Name} {ValueName}";
}
