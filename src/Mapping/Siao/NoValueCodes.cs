using System.Collections.Frozen;

namespace Hub.Mapping.Siao;

/// <summary>
/// Partner codes that are known and mean "no canonical value" (<c>NON_RENSEIGNE</c>, <c>AUCUNE</c>...). They are not
/// in the code tables because a table maps to real canonical codes only; listing them here keeps them from being
/// reported as unknown while a truly unknown code still is.
/// </summary>
internal static class NoValueCodes
{
    public static FrozenDictionary<string, FrozenSet<string>> ByTable { get; } = new Dictionary<string, string[]>
    {
        ["siao.sexe"] = ["NON_RENSEIGNE"],
        ["siao.situation-logement"] = ["NON_RENSEIGNE"],
        ["siao.procedure-expulsion"] = ["AUCUNE"],
        // Once oriented or closed, the orientations carry the status: the demande gives no pending orientation.
        ["siao.statut-demande"] = ["ORIENTEE", "PRISE_EN_CHARGE", "CLOTUREE"],
        ["siao.decision-orientation"] = ["PROPOSEE", "ANNULEE"],
        // Ordinary housing has a destination only when the landlord is known; ACCOMPAGNEMENT is a measure, not a place.
        ["siao.dispositif"] = ["LOGEMENT_ORDINAIRE", "ACCOMPAGNEMENT"],
        ["solis.situation-logement"] = ["NON_RENSEIGNE"],
    }.ToFrozenDictionary(p => p.Key, p => p.Value.ToFrozenSet(StringComparer.Ordinal), StringComparer.Ordinal);
}
