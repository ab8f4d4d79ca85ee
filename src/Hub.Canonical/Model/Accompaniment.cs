using System.Text.Json.Serialization;

namespace Hub.Canonical.Model;

/// <summary>A support measure (mesure d'accompagnement) followed by a référent.</summary>
public sealed record Accompaniment() : Resource(TypeName)
{
    /// <summary>The <c>resourceType</c> of this resource.</summary>
    public const string TypeName = "Accompaniment";

    /// <summary>The household supported.</summary>
    [JsonPropertyName("household")]
    public required Reference Household { get; init; }

    /// <summary>Kind of measure, code system <see cref="CodeSystems.TypeAccompagnement"/>.</summary>
    [JsonPropertyName("type")]
    public required Coding Type { get; init; }

    /// <summary>Status of the measure.</summary>
    [JsonPropertyName("status")]
    public required AccompanimentStatus Status { get; init; }

    /// <summary>Start and end of the measure.</summary>
    [JsonPropertyName("period")]
    public Period? Period { get; init; }

    /// <summary>Structure that carries the measure.</summary>
    [JsonPropertyName("structure")]
    public Structure? Structure { get; init; }

    /// <summary>The référent.</summary>
    [JsonPropertyName("referent")]
    public Referent? Referent { get; init; }

    /// <summary>Members the measure is about, when not the whole household.</summary>
    [JsonPropertyName("person")]
    public IReadOnlyList<Reference>? Person { get; init; }
}
