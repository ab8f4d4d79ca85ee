using System.Text.Json.Serialization;

namespace Hub.Canonical.Model;

/// <summary>Kind of bundle. Codes: <c>urn:lda-hub:code:type-bundle</c>.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<BundleType>))]
public enum BundleType
{
    /// <summary>Résultats de recherche.</summary>
    [JsonStringEnumMemberName("searchset")]
    Searchset,

    /// <summary>Historique des versions.</summary>
    [JsonStringEnumMemberName("history")]
    History,

    /// <summary>Collection.</summary>
    [JsonStringEnumMemberName("collection")]
    Collection,

    /// <summary>Réponse à un lot.</summary>
    [JsonStringEnumMemberName("batch-response")]
    BatchResponse,
}
