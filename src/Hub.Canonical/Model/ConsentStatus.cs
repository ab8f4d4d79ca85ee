using System.Text.Json.Serialization;

namespace Hub.Canonical.Model;

/// <summary>Status of a consent. Codes: <c>urn:lda-hub:code:statut-consentement</c>.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ConsentStatus>))]
public enum ConsentStatus
{
    /// <summary>En cours de recueil.</summary>
    [JsonStringEnumMemberName("draft")]
    Draft,

    /// <summary>Actif.</summary>
    [JsonStringEnumMemberName("active")]
    Active,

    /// <summary>Retiré.</summary>
    [JsonStringEnumMemberName("revoked")]
    Revoked,

    /// <summary>Expiré.</summary>
    [JsonStringEnumMemberName("expired")]
    Expired,
}
