using System.Text.Json.Serialization;

namespace Hub.Canonical.Model;

/// <summary>Severity of an issue. Codes: <c>urn:lda-hub:code:gravite-probleme</c>.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<IssueSeverity>))]
public enum IssueSeverity
{
    /// <summary>Erreur bloquante.</summary>
    [JsonStringEnumMemberName("fatal")]
    Fatal,

    /// <summary>Erreur.</summary>
    [JsonStringEnumMemberName("error")]
    Error,

    /// <summary>Avertissement.</summary>
    [JsonStringEnumMemberName("warning")]
    Warning,

    /// <summary>Pour information.</summary>
    [JsonStringEnumMemberName("information")]
    Information,
}
