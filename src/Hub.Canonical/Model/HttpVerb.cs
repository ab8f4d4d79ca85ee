using System.Text.Json.Serialization;

namespace Hub.Canonical.Model;

/// <summary>HTTP method of a bundle entry request. Codes: <c>urn:lda-hub:code:methode-http</c>.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<HttpVerb>))]
public enum HttpVerb
{
    /// <summary>Lecture.</summary>
    [JsonStringEnumMemberName("GET")]
    Get,

    /// <summary>Création.</summary>
    [JsonStringEnumMemberName("POST")]
    Post,

    /// <summary>Mise à jour.</summary>
    [JsonStringEnumMemberName("PUT")]
    Put,

    /// <summary>Modification partielle.</summary>
    [JsonStringEnumMemberName("PATCH")]
    Patch,

    /// <summary>Suppression.</summary>
    [JsonStringEnumMemberName("DELETE")]
    Delete,
}
