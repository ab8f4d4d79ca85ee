using System.Text.Json.Serialization;
using Hub.Canonical.Model;

namespace Hub.Canonical.Serialization;

/// <summary>
/// Source-generated System.Text.Json metadata for the canonical model. Names are those of the JSON Schemas; nulls are
/// not written; a property the model does not know is an error (the schemas forbid additional properties too).
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    RespectNullableAnnotations = true)]
[JsonSerializable(typeof(Resource))]
[JsonSerializable(typeof(Person))]
[JsonSerializable(typeof(Household))]
[JsonSerializable(typeof(Accompaniment))]
[JsonSerializable(typeof(Orientation))]
[JsonSerializable(typeof(HousingPlacement))]
[JsonSerializable(typeof(RightsStatus))]
[JsonSerializable(typeof(TimelineEvent))]
[JsonSerializable(typeof(Consent))]
[JsonSerializable(typeof(Bundle))]
[JsonSerializable(typeof(OperationOutcome))]
public sealed partial class CanonicalJsonContext : JsonSerializerContext;
