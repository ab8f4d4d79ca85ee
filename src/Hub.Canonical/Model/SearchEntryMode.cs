using System.Text.Json.Serialization;

namespace Hub.Canonical.Model;

/// <summary>Why an entry is in a search result. Codes: <c>urn:lda-hub:code:mode-recherche</c>.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<SearchEntryMode>))]
public enum SearchEntryMode
{
    /// <summary>Correspond aux critères.</summary>
    [JsonStringEnumMemberName("match")]
    Match,

    /// <summary>Incluse par référence.</summary>
    [JsonStringEnumMemberName("include")]
    Include,

    /// <summary>Compte rendu de la recherche.</summary>
    [JsonStringEnumMemberName("outcome")]
    Outcome,
}
