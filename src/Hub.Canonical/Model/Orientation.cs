using System.Text.Json.Serialization;

namespace Hub.Canonical.Model;

/// <summary>An SIAO orientation of a household towards a housing solution or a structure.</summary>
public sealed record Orientation() : Resource(TypeName)
{
    /// <summary>The <c>resourceType</c> of this resource.</summary>
    public const string TypeName = "Orientation";

    /// <summary>The household oriented.</summary>
    [JsonPropertyName("household")]
    public required Reference Household { get; init; }

    /// <summary>Kind of SIAO request, code system <see cref="CodeSystems.TypeDemandeSiao"/>.</summary>
    [JsonPropertyName("requestType")]
    public Coding? RequestType { get; init; }

    /// <summary>Date of the SIAO request (demande).</summary>
    [JsonPropertyName("requestDate")]
    public FhirDate? RequestDate { get; init; }

    /// <summary>Date of the decision.</summary>
    [JsonPropertyName("decisionDate")]
    public FhirDate? DecisionDate { get; init; }

    /// <summary>Date the household entered the solution.</summary>
    [JsonPropertyName("entryDate")]
    public FhirDate? EntryDate { get; init; }

    /// <summary>Status of the orientation.</summary>
    [JsonPropertyName("status")]
    public required OrientationStatus Status { get; init; }

    /// <summary>Outcome, code system <see cref="CodeSystems.DecisionOrientation"/>.</summary>
    [JsonPropertyName("decision")]
    public Coding? Decision { get; init; }

    /// <summary>Kind of solution, code system <see cref="CodeSystems.DestinationOrientation"/>.</summary>
    [JsonPropertyName("destination")]
    public Coding? Destination { get; init; }

    /// <summary>Structure or operator the household is oriented to.</summary>
    [JsonPropertyName("structure")]
    public Structure? Structure { get; init; }
}
