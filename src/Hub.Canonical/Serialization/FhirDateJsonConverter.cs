using System.Text.Json;
using System.Text.Json.Serialization;
using Hub.Canonical.Model;

namespace Hub.Canonical.Serialization;

/// <summary>Reads and writes a <see cref="FhirDate"/> as its FHIR text.</summary>
public sealed class FhirDateJsonConverter : JsonConverter<FhirDate>
{
    /// <inheritdoc/>
    public override FhirDate Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        // The value itself stays out of the message: it is often a birth date (personal data that must not reach logs).
        if (reader.TokenType != JsonTokenType.String || !FhirDate.TryParse(reader.GetString(), out var value))
        {
            throw new JsonException("Expected a FHIR date string (YYYY, YYYY-MM or YYYY-MM-DD).");
        }

        return value;
    }

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, FhirDate value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(value.ToString());
    }
}
