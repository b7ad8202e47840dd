using System.Text.Json;
using System.Text.Json.Nodes;

namespace TescForce.Application.Privacy;

/// <summary>
/// Removes erased values from audit entries' texts. The log masks a consultant's name and e-mail when it writes them
/// (ADR 0008), but entries written before that rule, or a name typed into another field, would keep what was erased.
/// </summary>
internal static class AuditRedaction
{
    /// <summary>The text with every occurrence of <paramref name="secrets"/> replaced; JSON stays valid JSON.</summary>
    public static string? Redact(string? text, IReadOnlyCollection<string> secrets, string replacement)
    {
        if (string.IsNullOrEmpty(text) || !secrets.Any(s => text.Contains(s, StringComparison.OrdinalIgnoreCase)
                                                          || text.Contains(JsonEncodedText.Encode(s).Value, StringComparison.OrdinalIgnoreCase)))
        {
            return text;
        }

        try
        {
            var node = JsonNode.Parse(text);
            if (node is JsonObject or JsonArray)
            {
                return Walk(node, secrets, replacement)?.ToJsonString(Options);
            }
        }
        catch (JsonException)
        {
            // Not JSON (a summary): plain text replacement below.
        }

        return ReplaceAll(text, secrets, replacement);
    }

    private static readonly JsonSerializerOptions Options = new()
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Replaces the string values in place (a node that already has a parent cannot be assigned again).</summary>
    private static JsonNode? Walk(JsonNode? node, IReadOnlyCollection<string> secrets, string replacement)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var key in obj.Select(p => p.Key).ToList())
                {
                    if (Replaced(obj[key], secrets, replacement) is { } value)
                    {
                        obj[key] = value;
                    }
                }

                break;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    if (Replaced(array[i], secrets, replacement) is { } value)
                    {
                        array[i] = value;
                    }
                }

                break;
        }

        return node;
    }

    /// <summary>A new value for a string node; null for a container (walked in place) or another value.</summary>
    private static JsonNode? Replaced(JsonNode? node, IReadOnlyCollection<string> secrets, string replacement)
    {
        if (node is JsonValue value && value.TryGetValue<string>(out var text))
        {
            return JsonValue.Create(ReplaceAll(text, secrets, replacement));
        }

        Walk(node, secrets, replacement);
        return null;
    }

    private static string ReplaceAll(string text, IReadOnlyCollection<string> secrets, string replacement) =>
        secrets.Where(s => s.Length > 0).Aggregate(text, (current, secret) => current.Replace(secret, replacement, StringComparison.OrdinalIgnoreCase));
}
