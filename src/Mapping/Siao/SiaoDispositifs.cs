using System.Collections.Frozen;

namespace Hub.Mapping.Siao;

/// <summary>
/// The dispositifs whose entry and exit are a stay in a dwelling (HousingPlacement) rather than in a structure
/// (docs/connectors/siao.md §6, "HousingPlacement and TimelineEvent"). A set, not a translation: the landlord type
/// some of them imply is in the code table <c>siao.dispositif-logement</c>.
/// </summary>
internal static class SiaoDispositifs
{
    public static FrozenSet<string> Housing { get; } = FrozenSet.Create(StringComparer.Ordinal, "LOGEMENT_ORDINAIRE", "LOGEMENT_D_ABORD", "INTERMEDIATION_LOCATIVE");
}
