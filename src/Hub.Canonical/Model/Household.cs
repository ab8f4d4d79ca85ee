using System.Text.Json.Serialization;

namespace Hub.Canonical.Model;

/// <summary>A household (ménage): an applicant and the people who live with them.</summary>
public sealed record Household() : Resource(TypeName)
{
    /// <summary>The <c>resourceType</c> of this resource.</summary>
    public const string TypeName = "Household";

    /// <summary>Members; the demandeur first.</summary>
    [JsonPropertyName("member")]
    public required IReadOnlyList<HouseholdMember> Member { get; init; }

    /// <summary>Housing situation, code system <see cref="CodeSystems.SituationLogement"/>.</summary>
    [JsonPropertyName("housingSituation")]
    public CodeableConcept? HousingSituation { get; init; }

    /// <summary>Current address.</summary>
    [JsonPropertyName("address")]
    public Address? Address { get; init; }

    /// <summary>Ressources: household income, one line per kind.</summary>
    [JsonPropertyName("resources")]
    public IReadOnlyList<HouseholdIncome>? Resources { get; init; }
}
