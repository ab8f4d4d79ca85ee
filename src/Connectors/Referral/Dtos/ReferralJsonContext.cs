using System.Text.Json.Serialization;

namespace Hub.Connectors.Referral.Dtos;

/// <summary>Source-generated JSON of the saisine contract (camelCase, nulls left out).</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    PropertyNameCaseInsensitive = false)]
[JsonSerializable(typeof(Saisine))]
[JsonSerializable(typeof(AccuseSaisine))]
[JsonSerializable(typeof(StatutSaisine))]
[JsonSerializable(typeof(Probleme))]
public sealed partial class ReferralJsonContext : JsonSerializerContext;
