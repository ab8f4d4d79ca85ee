using System.Collections.Frozen;

namespace Hub.Mapping.Solis;

/// <summary>
/// The French labels of the référent functions (contract enum <c>Referent.fonction</c>), used as the canonical
/// référent's free-text role. Labels, not codes: they cannot live in a code table, which maps to canonical codes only.
/// </summary>
internal static class SolisReferentRoles
{
    public static FrozenDictionary<string, string> Labels { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["ASSISTANT_SERVICE_SOCIAL"] = "Assistant(e) de service social",
        ["CONSEILLER_ESF"] = "Conseiller(ère) en économie sociale et familiale",
        ["EDUCATEUR_SPECIALISE"] = "Éducateur(trice) spécialisé(e)",
        ["REFERENT_RSA"] = "Référent(e) RSA / insertion",
        ["TRAVAILLEUR_SOCIAL_OPERATEUR"] = "Travailleur social d'un opérateur mandaté",
        ["CADRE"] = "Cadre, responsable de service",
        ["AUTRE"] = "Autre",
    }.ToFrozenDictionary(StringComparer.Ordinal);
}
