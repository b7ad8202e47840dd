using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using CsCheck;

namespace TescForce.IntegrationTests.Security.Fuzzing;

/// <summary>
/// Mutations of a valid JSON body, drawn before the body is known and applied to it: values replaced by other types, nulls, huge
/// or fractional numbers, hostile and huge strings (lone surrogates written as <c>\ud800</c> escapes), deep nesting; properties
/// removed, added or written twice; then the bytes cut, or invalid UTF-8 slipped in.
/// </summary>
public sealed record JsonMutation(int Endpoint, JsonMutation.NodeEdit[] Edits, JsonMutation.TextEdit[] BytesEdits, string ContentType)
{
    public sealed record NodeEdit(int Kind, int Location, string Raw);

    public sealed record TextEdit(int Kind, int Position, byte[] Bytes);


    private static readonly string[] Scalars =
    [
        "null", "true", "false", "0", "-1", "1.5", "1e308", "-1e308", "1e-400", "2147483648", "-2147483649", "9223372036854775808",
        "99999999999999999999999999999999", "0.0000000000000000000001", "[]", "{}", "[null]", "[{}]", "[[]]", "{\"\":null}",
        "\"\"", "\"2026-02-30\"", "\"9999-12-31\"", "\"0001-01-01\"", "\"25:61\"", "\"00000000-0000-0000-0000-000000000000\"",
        "\"not-a-guid\"", "\"Expert\"", "\"C9\"", "\"MustHave \"", "\"mustHave\"", "\"0\"", "\"-1\"", "\"1e999\"",
    ];

    public static readonly Gen<string> Values = Gen.Frequency(
        (4, Gen.OneOf(Scalars)),
        (4, MalformedText.Text.Select(text => JsonSerializer.Serialize(text))),
        (1, from depth in Gen.Int[20, 400] from array in Gen.Bool
            select array ? new string('[', depth) + new string(']', depth) : string.Concat(Enumerable.Repeat("{\"a\":", depth)) + "1" + new string('}', depth)),
        (1, from n in Gen.Int[2, 5_000] select "[" + string.Join(',', Enumerable.Repeat("{\"skillId\":1,\"level\":3}", n)) + "]"));

    private static readonly Gen<NodeEdit> NodeEditGen =
        from kind in Gen.Int[0, 5]
        from location in Gen.Int[0, int.MaxValue]
        from raw in Values
        select new NodeEdit(kind, location, raw);

    private static readonly Gen<TextEdit> ByteEditGen =
        from kind in Gen.Int[0, 3]
        from position in Gen.Int[0, int.MaxValue]
        from bytes in Gen.Frequency(
            (3, Gen.OneOf<byte[]>([0xFF], [0xC3, 0x28], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0x00], [0xC0, 0xAF],
                "\\ud800"u8.ToArray(), "\\udfff\\ud800"u8.ToArray(), "\\u0000"u8.ToArray(), "\""u8.ToArray(), ","u8.ToArray(), "}"u8.ToArray())),
            (1, Gen.Byte.Array[1, 8]))
        select new TextEdit(kind, position, bytes);

    public static Gen<JsonMutation> For(int endpoints) =>
        from endpoint in Gen.Int[0, endpoints - 1]
        from edits in NodeEditGen.Array[1, 4]
        from textEdits in Gen.Frequency((3, Gen.Const(Array.Empty<TextEdit>())), (1, ByteEditGen.Array[1, 2]))
        from contentType in Gen.Frequency((19, Gen.Const("application/json")), (1, Gen.OneOf("text/plain", "application/xml", "application/json; charset=latin1", "")))
        select new JsonMutation(endpoint, edits, textEdits, contentType);

    /// <summary>The body this mutation makes of <paramref name="valid"/>.</summary>
    public byte[] Apply(JsonNode valid)
    {
        ArgumentNullException.ThrowIfNull(valid);
        var root = valid.DeepClone();
        var raws = new List<string>();
        foreach (var edit in Edits)
        {
            root = ApplyNode(root, edit, raws);
        }

        var text = root.ToJsonString();
        for (var i = 0; i < raws.Count; i++)
        {
            text = text.Replace("\"" + Placeholder(i) + "\"", raws[i], StringComparison.Ordinal);
        }

        var bytes = Encoding.UTF8.GetBytes(text).ToList();
        foreach (var edit in BytesEdits)
        {
            var position = edit.Position % (bytes.Count + 1);
            switch (edit.Kind)
            {
                case 0:
                    bytes.InsertRange(position, edit.Bytes);
                    break;
                case 1:
                    bytes.RemoveRange(position, bytes.Count - position);
                    break;
                case 2:
                    bytes.RemoveRange(position, Math.Min(edit.Bytes.Length, bytes.Count - position));
                    break;
                default:
                    // A key written twice: the first property again, after the opening brace.
                    var first = text.IndexOf("\":", StringComparison.Ordinal);
                    if (text.StartsWith('{') && first > 1 && bytes.Count > 0)
                    {
                        bytes.InsertRange(1, Encoding.UTF8.GetBytes(text[1..(first + 2)] + "null,"));
                    }

                    break;
            }
        }

        return [.. bytes];
    }

    /// <summary>0–2: a value replaced; 3: a property removed; 4: a property added; 5: the value wrapped in an array.</summary>
    private static JsonNode ApplyNode(JsonNode root, NodeEdit edit, List<string> raws)
    {
        var nodes = Descendants(root).ToList();
        var target = nodes[edit.Location % nodes.Count];
        JsonNode Raw()
        {
            raws.Add(edit.Raw);
            return JsonValue.Create(Placeholder(raws.Count - 1));
        }

        switch (edit.Kind)
        {
            case 3 when target.Parent is JsonObject parent:
                parent.Remove(target.GetPropertyName());
                return root;
            case 3 when target.Parent is JsonArray array:
                array.Remove(target);
                return root;
            case 4 when target is JsonObject obj:
                obj["extra" + raws.Count] = Raw();
                return root;
            case 5 when target.Parent is null:
                return new JsonArray(target);
            case 5:
                Replace(target, new JsonArray(target.DeepClone()));
                return root;
            default:
                if (target.Parent is null)
                {
                    return Raw();
                }

                Replace(target, Raw());
                return root;
        }
    }

    /// <summary>Stands for raw JSON until the tree is written out (a node could not hold text that is not JSON).</summary>
    private static string Placeholder(int index) => $"@@fuzz{index}@@";

    private static void Replace(JsonNode target, JsonNode replacement)
    {
        switch (target.Parent)
        {
            case JsonObject parent:
                parent[target.GetPropertyName()] = replacement;
                break;
            case JsonArray array:
                array[target.GetElementIndex()] = replacement;
                break;
        }
    }

    private static IEnumerable<JsonNode> Descendants(JsonNode node)
    {
        yield return node;
        var children = node switch
        {
            JsonObject obj => obj.Select(p => p.Value),
            JsonArray array => array.AsEnumerable(),
            _ => [],
        };
        foreach (var child in children.OfType<JsonNode>().ToList())
        {
            foreach (var descendant in Descendants(child))
            {
                yield return descendant;
            }
        }
    }

    public override string ToString() => $"endpoint {Endpoint}, {Edits.Length} edits";
}
