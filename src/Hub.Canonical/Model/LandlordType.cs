using System.Text.Json.Serialization;

namespace Hub.Canonical.Model;

/// <summary>Kind of landlord. Codes: <c>urn:lda-hub:code:type-bailleur</c>.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<LandlordType>))]
public enum LandlordType
{
    /// <summary>Bailleur privé.</summary>
    [JsonStringEnumMemberName("private")]
    Private,

    /// <summary>Bailleur social.</summary>
    [JsonStringEnumMemberName("social")]
    Social,

    /// <summary>Intermédiation locative.</summary>
    [JsonStringEnumMemberName("intermediation")]
    Intermediation,
}
