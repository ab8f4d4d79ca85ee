using System.Text.Json.Serialization;

namespace Hub.Connectors.Siao;

internal sealed record Preconisation
{
    /// <summary>Required by the contract; nullable because a CSV row may give a commission date alone.</summary>
    [JsonPropertyName("dispositif")]
    public string? Dispositif { get; init; }

    [JsonPropertyName("logementDAbord")]
    public bool? LogementDAbord { get; init; }

    [JsonPropertyName("accompagnementsPreconises")]
    public IReadOnlyList<string>? AccompagnementsPreconises { get; init; }

    [JsonPropertyName("datePreconisation")]
    public DateOnly? DatePreconisation { get; init; }

    [JsonPropertyName("dateCommission")]
    public DateOnly? DateCommission { get; init; }
}
