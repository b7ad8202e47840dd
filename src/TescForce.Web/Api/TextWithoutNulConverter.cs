using System.Text.Json;
using System.Text.Json.Serialization;

namespace TescForce.Web.Api;

/// <summary>
/// Reads the API's JSON strings as usual but refuses the NUL character (<c>\u0000</c>): PostgreSQL cannot store it in a text column
/// nor take it as a query parameter, so it would otherwise fail the save or the search with a 500 there and pass on SQLite; no field
/// has a use for it. The reader's error becomes a 400 that names the JSON path (<see cref="ApiRequestMiddleware"/>).
/// </summary>
public sealed class TextWithoutNulConverter : JsonConverter<string>
{
    public const string Message = "A text may not contain the NUL character (\\u0000).";

    public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => Checked(reader.GetString());

    public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(value);
    }

    public override string ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        Checked(reader.GetString()) ?? "";

    public override void WriteAsPropertyName(Utf8JsonWriter writer, string value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WritePropertyName(value);
    }

    private static string? Checked(string? value) =>
        value is not null && value.Contains('\0', StringComparison.Ordinal) ? throw new JsonException(Message) : value;
}
