using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using TescForce.Application.Common.Persistence;

namespace TescForce.Infrastructure.Scaling;

/// <summary>
/// The payload of a change notification: the sending instance and what its commit changed. PostgreSQL limits a payload
/// to 8,000 bytes, so a large change set (an import) goes out as several notifications, which the listener merges again.
/// </summary>
internal static class ChangeNotification
{
    /// <summary>PostgreSQL's limit is 8,000 bytes; the rest is a margin.</summary>
    public const int MaxPayloadBytes = 7800;

    /// <summary>Sent to the instance's own listener after it reconnected: what it may have missed is unknown.</summary>
    public const string ReloadEverything = "*";

    // A Guid in "N" form is 32 characters; with its quotes and comma, 35 bytes in the payload.
    private const int BytesPerId = 35;
    private const int Envelope = 120;

    public static IReadOnlyList<string> Encode(Guid sender, DataChangeSet changes)
    {
        ArgumentNullException.ThrowIfNull(changes);
        var perPayload = (MaxPayloadBytes - Envelope) / BytesPerId;
        var ids = changes.Consultants.Select(id => (Company: false, Id: id)).Concat(changes.Companies.Select(id => (Company: true, Id: id)));
        var payloads = new List<string>();
        foreach (var chunk in ids.Chunk(perPayload))
        {
            payloads.Add(Serialize(new Payload(sender, payloads.Count == 0 && changes.Taxonomy,
                [.. chunk.Where(c => !c.Company).Select(c => c.Id)], [.. chunk.Where(c => c.Company).Select(c => c.Id)])));
        }

        if (payloads.Count == 0 && changes.Taxonomy)
        {
            payloads.Add(Serialize(new Payload(sender, true, [], [])));
        }

        return payloads;
    }

    /// <summary>Reads a payload; false for one this version cannot read (another version's, or damaged).</summary>
    public static bool TryDecode(string payload, out Guid sender, out DataChangeSet changes)
    {
        sender = Guid.Empty;
        changes = DataChangeSet.Everything;
        if (payload == ReloadEverything)
        {
            return true;
        }

        try
        {
            if (JsonSerializer.Deserialize<Payload>(payload, Options) is { Sender: var from } read && from != Guid.Empty)
            {
                sender = from;
                changes = new DataChangeSet(read.Consultants?.ToHashSet() ?? [], read.Companies?.ToHashSet() ?? [], read.Taxonomy);
                return true;
            }
        }
        catch (JsonException)
        {
        }

        return false;
    }

    private static string Serialize(Payload payload)
    {
        var json = JsonSerializer.Serialize(payload, Options);
        return Encoding.UTF8.GetByteCount(json) <= MaxPayloadBytes
            ? json
            : throw new InvalidOperationException($"A change notification of {json.Length} bytes exceeds PostgreSQL's limit.");
    }

    private static readonly JsonSerializerOptions Options = new()
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingDefault,
        Converters = { new CompactGuidConverter() },
    };

    private sealed record Payload(
        [property: JsonPropertyName("s")] Guid Sender,
        [property: JsonPropertyName("t")] bool Taxonomy,
        [property: JsonPropertyName("c")] Guid[]? Consultants,
        [property: JsonPropertyName("o")] Guid[]? Companies);

    /// <summary>Guids without their dashes: four bytes less each, so more of them fit in a notification.</summary>
    private sealed class CompactGuidConverter : JsonConverter<Guid>
    {
        public override Guid Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            Guid.TryParseExact(reader.GetString(), "N", out var id) ? id : throw new JsonException("Not a Guid.");

        public override void Write(Utf8JsonWriter writer, Guid value, JsonSerializerOptions options) =>
            writer.WriteStringValue(value.ToString("N"));
    }
}
