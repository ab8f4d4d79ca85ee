using System.Text.Json.Serialization;

namespace Hub.Canonical.Model;

/// <summary>One kind of household income (ressource).</summary>
public sealed record HouseholdIncome
{
    /// <summary>Kind of income, code system <see cref="CodeSystems.NatureRevenu"/>.</summary>
    [JsonPropertyName("type")]
    public required Coding Type { get; init; }

    /// <summary>Monthly amount.</summary>
    [JsonPropertyName("amount")]
    public Money? Amount { get; init; }

    /// <summary>When the income was received.</summary>
    [JsonPropertyName("period")]
    public Period? Period { get; init; }
}
