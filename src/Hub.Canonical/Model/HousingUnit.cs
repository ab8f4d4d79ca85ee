using System.Text.Json.Serialization;

namespace Hub.Canonical.Model;

/// <summary>A dwelling (logement).</summary>
public sealed record HousingUnit
{
    /// <summary>Identifier of the unit (RPLS number, landlord reference).</summary>
    [JsonPropertyName("identifier")]
    public Identifier? Identifier { get; init; }

    /// <summary>Address of the unit.</summary>
    [JsonPropertyName("address")]
    public Address? Address { get; init; }

    /// <summary>Size, code system <see cref="CodeSystems.TypologieLogement"/>.</summary>
    [JsonPropertyName("typology")]
    public Coding? Typology { get; init; }
}
