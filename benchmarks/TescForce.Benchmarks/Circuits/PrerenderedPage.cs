using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace TescForce.Benchmarks.Circuits;

/// <summary>
/// The interactive parts of a prerendered page, as blazor.web.js finds them: the markers of the server
/// components (<c>&lt;!--Blazor:{"type":"server",...}--&gt;</c>, in document order) and the state persisted
/// during prerendering (<c>&lt;!--Blazor-Server-Component-State:...--&gt;</c>), which the circuit receives back.
/// </summary>
internal sealed partial class PrerenderedPage
{
    private PrerenderedPage(IReadOnlyList<string> markers, string state)
    {
        Markers = markers;
        State = state;
    }

    public IReadOnlyList<string> Markers { get; }

    public string State { get; }

    public static PrerenderedPage Parse(string html)
    {
        var markers = Marker().Matches(html).Select(m => m.Groups["json"].Value)
            .Where(json => json.Contains("\"type\":\"server\"", StringComparison.Ordinal)).ToList();
        var state = PersistedState().Match(html) is { Success: true } match ? match.Groups["state"].Value : "";
        return new PrerenderedPage(markers, state);
    }

    /// <summary>
    /// The first <c>UpdateRootComponents</c> of a Blazor Web App: one "add" per marker, numbered from 1 in
    /// document order as blazor.web.js numbers its SSR components.
    /// </summary>
    public string AddOperationsJson()
    {
        var operations = new JsonArray();
        for (var i = 0; i < Markers.Count; i++)
        {
            operations.Add(new JsonObject
            {
                ["type"] = "add",
                ["ssrComponentId"] = i + 1,
                ["marker"] = JsonNode.Parse(Markers[i]),
            });
        }

        return new JsonObject { ["batchId"] = 1, ["operations"] = operations }.ToJsonString(JsonSerializerOptions.Default);
    }

    [GeneratedRegex("<!--Blazor:(?<json>\\{.*?\\})-->", RegexOptions.Singleline)]
    private static partial Regex Marker();

    [GeneratedRegex("<!--Blazor-Server-Component-State:(?<state>[A-Za-z0-9+/=]+)-->")]
    private static partial Regex PersistedState();
}
