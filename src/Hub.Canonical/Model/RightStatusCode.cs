using System.Text.Json.Serialization;

namespace Hub.Canonical.Model;

/// <summary>Status of a right (ouvert, en cours, fermé...). Codes: <c>urn:lda-hub:code:statut-droit</c>.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<RightStatusCode>))]
public enum RightStatusCode
{
    /// <summary>Ouvert.</summary>
    [JsonStringEnumMemberName("open")]
    Open,

    /// <summary>En cours d'instruction.</summary>
    [JsonStringEnumMemberName("pending")]
    Pending,

    /// <summary>Fermé.</summary>
    [JsonStringEnumMemberName("closed")]
    Closed,

    /// <summary>Refusé.</summary>
    [JsonStringEnumMemberName("refused")]
    Refused,

    /// <summary>Inconnu.</summary>
    [JsonStringEnumMemberName("unknown")]
    Unknown,
}
