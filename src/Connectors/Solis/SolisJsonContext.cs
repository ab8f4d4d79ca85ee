using System.Text.Json.Serialization;

namespace Hub.Connectors.Solis;

/// <summary>
/// Source-generated JSON of the SOLIS DTOs. Nulls are not written (the CD68 gateway validates its contract strictly);
/// on reading, a missing required member or a null where the contract forbids one rejects the record.
/// </summary>
[JsonSourceGenerationOptions(
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    RespectNullableAnnotations = true,
    RespectRequiredConstructorParameters = true)]
[JsonSerializable(typeof(Dossier))]
[JsonSerializable(typeof(Individu))]
[JsonSerializable(typeof(Mesure))]
[JsonSerializable(typeof(Referent))]
[JsonSerializable(typeof(Suppression))]
[JsonSerializable(typeof(OrientationLda))]
[JsonSerializable(typeof(EntreeLogement))]
[JsonSerializable(typeof(AccuseReception))]
[JsonSerializable(typeof(Etat))]
internal sealed partial class SolisJsonContext : JsonSerializerContext;
