using System.Text.Json.Serialization;

namespace Hub.Canonical.Model;

/// <summary>Status of an accompaniment. Codes: <c>urn:lda-hub:code:statut-accompagnement</c>.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<AccompanimentStatus>))]
public enum AccompanimentStatus
{
    /// <summary>Prévu.</summary>
    [JsonStringEnumMemberName("planned")]
    Planned,

    /// <summary>En cours.</summary>
    [JsonStringEnumMemberName("active")]
    Active,

    /// <summary>Suspendu.</summary>
    [JsonStringEnumMemberName("suspended")]
    Suspended,

    /// <summary>Terminé.</summary>
    [JsonStringEnumMemberName("completed")]
    Completed,

    /// <summary>Annulé.</summary>
    [JsonStringEnumMemberName("cancelled")]
    Cancelled,
}
