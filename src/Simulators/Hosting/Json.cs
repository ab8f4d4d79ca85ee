using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace Hub.Simulators.Hosting;

/// <summary>JSON settings of the simulators: camelCase French field names, nulls omitted, accents written as UTF-8.</summary>
internal static class Json
{
    public static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        TypeInfoResolver = SimulatorJsonContext.Default,
    };

    public static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static JsonTypeInfo TypeInfo(Type type) => Options.GetTypeInfo(type);

    public static void Write(Utf8JsonWriter writer, object value) => JsonSerializer.Serialize(writer, value, TypeInfo(value.GetType()));

    public static byte[] Serialize(object value) => JsonSerializer.SerializeToUtf8Bytes(value, TypeInfo(value.GetType()));
}
