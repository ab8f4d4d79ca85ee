using System.Text.Json.Serialization;

namespace Hub.Connectors.Siao;

/// <summary>The person's consent to share with the LDA partners. Absent lists mean the contract's defaults.</summary>
internal sealed record Consentement
{
    [JsonPropertyName("recueilli")]
    public required bool Recueilli { get; init; }

    [JsonPropertyName("date")]
    public DateOnly? Date { get; init; }

    [JsonPropertyName("modalite")]
    public string? Modalite { get; init; }

    [JsonPropertyName("organismes")]
    public IReadOnlyList<string>? Organismes { get; init; }

    [JsonPropertyName("finalites")]
    public IReadOnlyList<string>? Finalites { get; init; }

    [JsonPropertyName("retireLe")]
    public DateOnly? RetireLe { get; init; }
}
