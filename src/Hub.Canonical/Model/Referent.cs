using System.Text.Json.Serialization;

namespace Hub.Canonical.Model;

/// <summary>The named professional who follows a household (référent).</summary>
public sealed record Referent
{
    /// <summary>Name of the référent.</summary>
    [JsonPropertyName("name")]
    public required string Name { get; init; }

    /// <summary>Employer of the référent.</summary>
    [JsonPropertyName("organisation")]
    public string? Organisation { get; init; }

    /// <summary>
    /// The référent's account at the identity provider (system <see cref="IdentifierSystems.Agent"/>, value = the
    /// token's <c>sub</c>): a referent sees the households whose active accompaniment names them.
    /// </summary>
    [JsonPropertyName("identifier")]
    public Identifier? Identifier { get; init; }

    /// <summary>Function, e.g. travailleur social.</summary>
    [JsonPropertyName("role")]
    public string? Role { get; init; }
}
