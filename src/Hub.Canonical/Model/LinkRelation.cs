using System.Text.Json.Serialization;

namespace Hub.Canonical.Model;

/// <summary>Relation of a bundle paging link. Codes: <c>urn:lda-hub:code:relation-lien</c>.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<LinkRelation>))]
public enum LinkRelation
{
    /// <summary>Cette page.</summary>
    [JsonStringEnumMemberName("self")]
    Self,

    /// <summary>Première page.</summary>
    [JsonStringEnumMemberName("first")]
    First,

    /// <summary>Page précédente.</summary>
    [JsonStringEnumMemberName("previous")]
    Previous,

    /// <summary>Page suivante.</summary>
    [JsonStringEnumMemberName("next")]
    Next,

    /// <summary>Dernière page.</summary>
    [JsonStringEnumMemberName("last")]
    Last,
}
