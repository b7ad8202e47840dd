namespace TescForce.IntegrationTests.Security.Authorization;

/// <summary>
/// One line of the access table: a request (<c>METHOD /path</c>, with <c>{Placeholders}</c> of <see cref="AuthorizationScenario.Values"/>),
/// the route it exercises as the app maps it (for the completeness check), and the expected answer to each actor.
/// </summary>
public sealed record AccessRow(string Request, string Route, IReadOnlyList<Expect> Expected, string? Body = null, string? IfMatch = null)
{
    public string Method => Request[..Request.IndexOf(' ', StringComparison.Ordinal)];

    public string Path => Request[(Request.IndexOf(' ', StringComparison.Ordinal) + 1)..];

    public bool IsWrite => Method is not ("GET" or "HEAD");

    public Expect For(AccessActor actor) => Expected[(int)actor];

    /// <summary>The request with the scenario's ids in place of the placeholders.</summary>
    public static string Fill(string template, IReadOnlyDictionary<string, string> values)
    {
        ArgumentNullException.ThrowIfNull(template);
        ArgumentNullException.ThrowIfNull(values);
        foreach (var (key, value) in values)
        {
            template = template.Replace("{" + key + "}", value, StringComparison.Ordinal);
        }

        return template;
    }
}
