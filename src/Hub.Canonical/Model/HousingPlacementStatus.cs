using System.Text.Json.Serialization;

namespace Hub.Canonical.Model;

/// <summary>Status of a housing placement. Codes: <c>urn:lda-hub:code:statut-logement</c>.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<HousingPlacementStatus>))]
public enum HousingPlacementStatus
{
    /// <summary>Entrée prévue.</summary>
    [JsonStringEnumMemberName("planned")]
    Planned,

    /// <summary>Dans les lieux.</summary>
    [JsonStringEnumMemberName("active")]
    Active,

    /// <summary>Sorti du logement.</summary>
    [JsonStringEnumMemberName("ended")]
    Ended,

    /// <summary>Entrée annulée.</summary>
    [JsonStringEnumMemberName("cancelled")]
    Cancelled,
}
