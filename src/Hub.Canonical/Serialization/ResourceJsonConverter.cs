using System.Text.Json;
using System.Text.Json.Serialization;
using Hub.Canonical.Model;

namespace Hub.Canonical.Serialization;

/// <summary>
/// Polymorphic (de)serialization of <see cref="Resource"/> keyed by <c>resourceType</c>, as FHIR does it.
/// System.Text.Json's own polymorphism is not used: its discriminator would clash with the <c>resourceType</c> property,
/// it would not be written when a concrete type is serialized directly, and it must come first when reading.
/// Here <c>resourceType</c> may be anywhere in the object on input; it is always written first.
/// </summary>
public sealed class ResourceJsonConverter : JsonConverter<Resource>
{
    /// <inheritdoc/>
    public override Resource? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException("A resource must be a JSON object.");
        }

        var resourceType = PeekResourceType(reader) ?? throw new JsonException("The resource has no resourceType.");
        if (!CanonicalResourceTypes.TryGetClrType(resourceType, out var clrType))
        {
            throw new JsonException($"Unknown resourceType '{resourceType}'.");
        }

        return (Resource?)JsonSerializer.Deserialize(ref reader, options.GetTypeInfo(clrType));
    }

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, Resource value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(value);
        ArgumentNullException.ThrowIfNull(options);
        JsonSerializer.Serialize(writer, value, options.GetTypeInfo(value.GetType()));
    }

    // The reader is a copy (a struct passed by value): scanning it leaves the caller's position untouched.
    // Custom converters are always handed a fully buffered value, so Skip() is safe here.
    private static string? PeekResourceType(Utf8JsonReader reader)
    {
        var depth = reader.CurrentDepth;
        while (reader.Read())
        {
            if (reader.TokenType == JsonTokenType.EndObject && reader.CurrentDepth == depth)
            {
                return null;
            }

            var isResourceType = reader.ValueTextEquals("resourceType"u8);
            reader.Read();
            if (isResourceType)
            {
                return reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
            }

            reader.Skip();
        }

        return null;
    }
}
