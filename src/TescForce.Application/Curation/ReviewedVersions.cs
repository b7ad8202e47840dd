using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace TescForce.Application.Curation;

/// <summary>
/// The version of a profile or mission a curator decided on, kept as the JSON of its form input, and the
/// field-by-field difference with what is re-submitted. Fields the owner cannot change (the version counter)
/// are left out; skill ids are read as their labels.
/// </summary>
internal static class ReviewedVersions
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    private static readonly HashSet<string> Ignored = new(StringComparer.Ordinal) { "version" };

    public static string Of<T>(T input) => JsonSerializer.Serialize(input, Options);

    /// <summary>The skill ids both versions name, so that the caller can read their labels first.</summary>
    public static IReadOnlyCollection<int> SkillIds(string? reviewed, string current) =>
        [.. new[] { reviewed, current }.Where(v => v is not null).SelectMany(v => Skills(JsonNode.Parse(v!)?["skills"])).Distinct()];

    public static IReadOnlyList<FieldChange> Compare(string reviewed, string current, IReadOnlyDictionary<int, string> skillLabels)
    {
        var before = JsonNode.Parse(reviewed)!.AsObject();
        var after = JsonNode.Parse(current)!.AsObject();
        var changes = new List<FieldChange>();
        foreach (var name in before.Select(p => p.Key).Union(after.Select(p => p.Key)).Where(n => !Ignored.Contains(n)))
        {
            var old = Render(before[name], skillLabels);
            var now = Render(after[name], skillLabels);
            if (!string.Equals(old, now, StringComparison.Ordinal))
            {
                changes.Add(new FieldChange(name, old, now));
            }
        }

        return changes;
    }

    private static IEnumerable<int> Skills(JsonNode? skills) =>
        skills is JsonArray array ? array.Select(s => s?["skillTagId"]?.GetValue<int>() ?? 0).Where(id => id > 0) : [];

    /// <summary>A value as one line of text: lists item by item, sorted so that a reordering is not a change.</summary>
    private static string? Render(JsonNode? node, IReadOnlyDictionary<int, string> skillLabels) => node switch
    {
        null => null,
        JsonArray array => string.Join("; ", array.Select(item => Render(item, skillLabels)).Order(StringComparer.Ordinal)),
        JsonObject item => string.Join(", ", item.Select(p => p.Key == "skillTagId" && p.Value is not null
            ? skillLabels.GetValueOrDefault(p.Value.GetValue<int>()) ?? $"#{p.Value}"
            : $"{p.Key} {Render(p.Value, skillLabels)}")),
        JsonValue value when value.TryGetValue<double>(out var number) => number.ToString(CultureInfo.InvariantCulture),
        _ => node.ToString(),
    };
}
