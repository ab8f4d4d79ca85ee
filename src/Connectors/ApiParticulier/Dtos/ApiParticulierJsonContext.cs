using System.Text.Json.Serialization;

namespace Hub.Connectors.ApiParticulier.Dtos;

/// <summary>Source-generated JSON for API Particulier (snake_case names; numbers sometimes arrive as strings).</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    NumberHandling = JsonNumberHandling.AllowReadingFromString,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(ApiParticulierEnvelope<PrestationData>))]
[JsonSerializable(typeof(ApiParticulierEnvelope<ComplementaireSanteSolidaireData>))]
[JsonSerializable(typeof(ApiParticulierEnvelope<QuotientFamilialData>))]
[JsonSerializable(typeof(ApiParticulierErrorBody))]
public sealed partial class ApiParticulierJsonContext : JsonSerializerContext;
