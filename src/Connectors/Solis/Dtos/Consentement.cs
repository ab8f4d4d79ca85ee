using System.Text.Json.Serialization;

namespace Hub.Connectors.Solis;

/// <summary>The person's consent to share with the CD68; a push without it is forbidden by the contract.</summary>
internal sealed record Consentement
{
    [JsonPropertyName("recueilli")]
    public required bool Recueilli { get; init; }

    [JsonPropertyName("date")]
    public required DateOnly Date { get; init; }

    [JsonPropertyName("modalite")]
    public string? Modalite { get; init; }
}
