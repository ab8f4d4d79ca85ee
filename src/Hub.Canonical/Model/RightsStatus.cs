using System.Text.Json.Serialization;

namespace Hub.Canonical.Model;

/// <summary>The status of one right or benefit of a person, as last checked with CAF, MSA or CPAM.</summary>
public sealed record RightsStatus() : Resource(TypeName)
{
    /// <summary>The <c>resourceType</c> of this resource.</summary>
    public const string TypeName = "RightsStatus";

    /// <summary>The right holder.</summary>
    [JsonPropertyName("person")]
    public required Reference Person { get; init; }

    /// <summary>The household, for household-level rights.</summary>
    [JsonPropertyName("household")]
    public Reference? Household { get; init; }

    /// <summary>Body that manages the right, code system <see cref="CodeSystems.OrganismeDroits"/>.</summary>
    [JsonPropertyName("provider")]
    public required Coding Provider { get; init; }

    /// <summary>The right, code system <see cref="CodeSystems.TypeDroit"/>.</summary>
    [JsonPropertyName("right")]
    public required Coding Right { get; init; }

    /// <summary>Status of the right.</summary>
    [JsonPropertyName("status")]
    public required RightStatusCode Status { get; init; }

    /// <summary>When the right is or was open.</summary>
    [JsonPropertyName("period")]
    public Period? Period { get; init; }

    /// <summary>Quotient familial in euros, for the QF right.</summary>
    [JsonPropertyName("quotientFamilial")]
    public int? QuotientFamilial { get; init; }

    /// <summary>Monthly amount paid, when known.</summary>
    [JsonPropertyName("amount")]
    public Money? Amount { get; init; }

    /// <summary>When the status was last checked.</summary>
    [JsonPropertyName("checkedAt")]
    public FhirDateTime? CheckedAt { get; init; }

    /// <summary>System the status was read from, code system <see cref="CodeSystems.SystemeSource"/>.</summary>
    [JsonPropertyName("source")]
    public Coding? Source { get; init; }
}
