using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace Hub.Api.Features.Timeline;

/// <summary>
/// A stored JSON document (validated when it was written) passed through to the response as it is: parsing and
/// re-serialising the fifty documents of a timeline page cost more than the page's queries.
/// </summary>
[JsonConverter(typeof(StoredJsonConverter))]
public sealed class StoredJson(string json)
{
    public string Json { get; } = json ?? throw new ArgumentNullException(nameof(json));

    /// <summary>The document as a tree, for server-side rendering (the console).</summary>
    public JsonNode Parse() => JsonNode.Parse(Json) ?? throw new JsonException("A stored document is null.");
}

internal sealed class StoredJsonConverter : JsonConverter<StoredJson>
{
    public override StoredJson Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        using var document = JsonDocument.ParseValue(ref reader);
        return new StoredJson(document.RootElement.GetRawText());
    }

    public override void Write(Utf8JsonWriter writer, StoredJson value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        writer.WriteRawValue(value.Json, skipInputValidation: true);
    }
}
