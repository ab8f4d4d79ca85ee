using System.Text.Json.Serialization;

namespace Hub.Canonical.Model;

/// <summary>A household's stay in an ordinary housing unit (entrée dans un logement).</summary>
public sealed record HousingPlacement() : Resource(TypeName)
{
    /// <summary>The <c>resourceType</c> of this resource.</summary>
    public const string TypeName = "HousingPlacement";

    /// <summary>The household housed.</summary>
    [JsonPropertyName("household")]
    public required Reference Household { get; init; }

    /// <summary>The dwelling.</summary>
    [JsonPropertyName("unit")]
    public HousingUnit? Unit { get; init; }

    /// <summary>Kind of landlord.</summary>
    [JsonPropertyName("landlordType")]
    public LandlordType? LandlordType { get; init; }

    /// <summary>The landlord.</summary>
    [JsonPropertyName("landlord")]
    public Landlord? Landlord { get; init; }

    /// <summary>Date of entry.</summary>
    [JsonPropertyName("entryDate")]
    public FhirDate? EntryDate { get; init; }

    /// <summary>Date of exit.</summary>
    [JsonPropertyName("exitDate")]
    public FhirDate? ExitDate { get; init; }

    /// <summary>Why the household left, code system <see cref="CodeSystems.MotifSortieLogement"/>.</summary>
    [JsonPropertyName("exitReason")]
    public Coding? ExitReason { get; init; }

    /// <summary>Status of the placement.</summary>
    [JsonPropertyName("status")]
    public required HousingPlacementStatus Status { get; init; }
}
