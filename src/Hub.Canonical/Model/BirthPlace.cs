using System.Text.Json.Serialization;

namespace Hub.Canonical.Model;

/// <summary>Lieu de naissance.</summary>
public sealed record BirthPlace
{
    /// <summary>INSEE COG code of the commune of birth as it was at the birth date, or 99xxx for a country.</summary>
    [JsonPropertyName("cog")]
    public string? Cog { get; init; }

    /// <summary>Name of the commune or country.</summary>
    [JsonPropertyName("display")]
    public string? Display { get; init; }
}
