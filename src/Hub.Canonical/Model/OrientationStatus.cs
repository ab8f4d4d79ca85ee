using System.Text.Json.Serialization;

namespace Hub.Canonical.Model;

/// <summary>Status of an SIAO orientation. Codes: <c>urn:lda-hub:code:statut-orientation</c>.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<OrientationStatus>))]
public enum OrientationStatus
{
    /// <summary>En attente de décision.</summary>
    [JsonStringEnumMemberName("pending")]
    Pending,

    /// <summary>Proposée à la structure.</summary>
    [JsonStringEnumMemberName("proposed")]
    Proposed,

    /// <summary>Acceptée.</summary>
    [JsonStringEnumMemberName("accepted")]
    Accepted,

    /// <summary>Refusée.</summary>
    [JsonStringEnumMemberName("refused")]
    Refused,

    /// <summary>Entrée effective.</summary>
    [JsonStringEnumMemberName("entered")]
    Entered,

    /// <summary>Annulée.</summary>
    [JsonStringEnumMemberName("cancelled")]
    Cancelled,
}
