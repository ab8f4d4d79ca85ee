using System.Text.Json.Serialization;

namespace Hub.Connectors.Siao;

internal sealed record LieuNaissance
{
    [JsonPropertyName("codeCommune")]
    public string? CodeCommune { get; init; }

    /// <summary>Required by the contract; nullable because a CSV row may give only the label (checked for API records).</summary>
    [JsonPropertyName("codePays")]
    public string? CodePays { get; init; }

    [JsonPropertyName("libelle")]
    public string? Libelle { get; init; }
}
