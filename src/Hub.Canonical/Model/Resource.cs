using System.Text.Json.Serialization;
using Hub.Canonical.Serialization;

namespace Hub.Canonical.Model;

/// <summary>
/// Base of the ten canonical resources. The set is closed (the constructor is not visible outside this assembly) so that
/// <see cref="CanonicalResourceTypes"/>, the schemas and the JSON context always list the same types.
/// System.Text.Json writes derived properties before inherited ones; the explicit orders keep the FHIR layout
/// (resourceType, id, meta, identifier, then the resource's own elements).
/// </summary>
[JsonConverter(typeof(ResourceJsonConverter))]
public abstract record Resource
{
    private protected Resource(string resourceType) => ResourceType = resourceType;

    /// <summary>The resource type, e.g. <c>Person</c>; fixed by the CLR type and always written first.</summary>
    [JsonPropertyName("resourceType")]
    [JsonPropertyOrder(-4)]
    public string ResourceType { get; }

    /// <summary>Logical id, assigned by the hub (absent on input).</summary>
    [JsonPropertyName("id")]
    [JsonPropertyOrder(-3)]
    public string? Id { get; init; }

    /// <summary>Version and provenance, set by the hub.</summary>
    [JsonPropertyName("meta")]
    [JsonPropertyOrder(-2)]
    public Meta? Meta { get; init; }

    /// <summary>Business identifiers (SI-SIAO, SOLIS, CAF, NIR...). The store indexes <c>system</c> and <c>value</c>.</summary>
    [JsonPropertyName("identifier")]
    [JsonPropertyOrder(-1)]
    public IReadOnlyList<Identifier>? Identifier { get; init; }
}
