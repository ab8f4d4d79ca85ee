using System.Text.Json;
using System.Text.Json.Serialization;
using Hub.Canonical.Model;

namespace Hub.Canonical.Serialization;

/// <summary>Reads and writes a <see cref="FhirDateTime"/> as its original FHIR text.</summary>
public sealed class FhirDateTimeJsonConverter : JsonConverter<FhirDateTime>
{
    /// <inheritdoc/>
    public override FhirDateTime Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String || !FhirDateTime.TryParse(reader.GetString(), out var value))
        {
            throw new JsonException("Expected a FHIR dateTime string (a partial date, or a date and time with a time zone).");
        }

        return value;
    }

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, FhirDateTime value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(value.ToString());
    }
}
