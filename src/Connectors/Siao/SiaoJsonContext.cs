using System.Text.Json.Serialization;

namespace Hub.Connectors.Siao;

/// <summary>
/// Source-generated JSON of the SI-SIAO DTOs. Nulls are not written (the partner validates its contract strictly);
/// on reading, a missing required member or a null where the contract forbids one rejects the record.
/// </summary>
[JsonSourceGenerationOptions(
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    RespectNullableAnnotations = true,
    RespectRequiredConstructorParameters = true)]
[JsonSerializable(typeof(Menage))]
[JsonSerializable(typeof(Demande))]
[JsonSerializable(typeof(Orientation))]
[JsonSerializable(typeof(Mouvement))]
[JsonSerializable(typeof(Suppression))]
[JsonSerializable(typeof(RetourAccompagnement))]
[JsonSerializable(typeof(RetourLogement))]
[JsonSerializable(typeof(AccuseReception))]
[JsonSerializable(typeof(Etat))]
[JsonSerializable(typeof(PersonneMenage))]
internal sealed partial class SiaoJsonContext : JsonSerializerContext;
