using System.Text.Json.Serialization;

namespace Hub.Canonical.Model;

/// <summary>Kind of issue (FHIR issue-type subset). Codes: <c>urn:lda-hub:code:type-probleme</c>.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<IssueType>))]
public enum IssueType
{
    /// <summary>Contenu invalide.</summary>
    [JsonStringEnumMemberName("invalid")]
    Invalid,

    /// <summary>Structure invalide.</summary>
    [JsonStringEnumMemberName("structure")]
    Structure,

    /// <summary>Élément obligatoire absent.</summary>
    [JsonStringEnumMemberName("required")]
    Required,

    /// <summary>Valeur invalide.</summary>
    [JsonStringEnumMemberName("value")]
    Value,

    /// <summary>Règle de cohérence non respectée.</summary>
    [JsonStringEnumMemberName("invariant")]
    Invariant,

    /// <summary>Problème de sécurité.</summary>
    [JsonStringEnumMemberName("security")]
    Security,

    /// <summary>Authentification requise.</summary>
    [JsonStringEnumMemberName("login")]
    Login,

    /// <summary>Accès interdit.</summary>
    [JsonStringEnumMemberName("forbidden")]
    Forbidden,

    /// <summary>Erreur de traitement.</summary>
    [JsonStringEnumMemberName("processing")]
    Processing,

    /// <summary>Opération non prise en charge.</summary>
    [JsonStringEnumMemberName("not-supported")]
    NotSupported,

    /// <summary>Doublon.</summary>
    [JsonStringEnumMemberName("duplicate")]
    Duplicate,

    /// <summary>Plusieurs correspondances.</summary>
    [JsonStringEnumMemberName("multiple-matches")]
    MultipleMatches,

    /// <summary>Introuvable.</summary>
    [JsonStringEnumMemberName("not-found")]
    NotFound,

    /// <summary>Supprimé.</summary>
    [JsonStringEnumMemberName("deleted")]
    Deleted,

    /// <summary>Contenu trop long.</summary>
    [JsonStringEnumMemberName("too-long")]
    TooLong,

    /// <summary>Code invalide.</summary>
    [JsonStringEnumMemberName("code-invalid")]
    CodeInvalid,

    /// <summary>Règle métier non respectée.</summary>
    [JsonStringEnumMemberName("business-rule")]
    BusinessRule,

    /// <summary>Conflit de version.</summary>
    [JsonStringEnumMemberName("conflict")]
    Conflict,

    /// <summary>Erreur temporaire.</summary>
    [JsonStringEnumMemberName("transient")]
    Transient,

    /// <summary>Délai dépassé.</summary>
    [JsonStringEnumMemberName("timeout")]
    Timeout,

    /// <summary>Trop de requêtes.</summary>
    [JsonStringEnumMemberName("throttled")]
    Throttled,

    /// <summary>Erreur interne.</summary>
    [JsonStringEnumMemberName("exception")]
    Exception,

    /// <summary>Information.</summary>
    [JsonStringEnumMemberName("informational")]
    Informational,
}
