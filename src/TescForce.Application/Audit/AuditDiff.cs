using System.Text.Json;

namespace TescForce.Application.Audit;

/// <summary>Reads the before and after JSON of an entry back into one line per property.</summary>
internal static class AuditDiff
{
    public static IReadOnlyList<AuditChange> Of(string? before, string? after)
    {
        var old = Parse(before);
        var @new = Parse(after);
        return [.. old.Keys.Union(@new.Keys).Select(p => new AuditChange(p, old.GetValueOrDefault(p, ""), @new.GetValueOrDefault(p, "")))];
    }

    private static Dictionary<string, string> Parse(string? json)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        if (string.IsNullOrEmpty(json))
        {
            return values;
        }

        using var document = JsonDocument.Parse(json);
        foreach (var property in document.RootElement.EnumerateObject())
        {
            values[property.Name] = Text(property.Value);
        }

        return values;
    }

    private static string Text(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString() ?? "",
        JsonValueKind.Null => "",
        JsonValueKind.Array => string.Join(" | ", value.EnumerateArray().Select(Text)),
        _ => value.GetRawText(),
    };
}
