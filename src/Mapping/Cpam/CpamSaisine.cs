using Hub.Canonical.Model;
using Hub.Mapping.Caf;

namespace Hub.Mapping.Cpam;

/// <summary>The CPAM side of the shared saisine contract: PUMA and C2S only, ids in <c>urn:lda-hub:id:cpam:demande</c>, no CAF numbers.</summary>
public static class CpamSaisine
{
    public static SaisineScope Scope { get; } =
        new("CPAM", "cpam", "cpam.droit", "cpam.saisine-statut-droit", "cpam.saisine-evenement", IdentifierSystems.CpamDemande, SendsCafNumbers: false);

    public static SaisineMapper Mapper { get; } = new(Hub.Mapping.Core.CodeTables.Default, Scope);

    public static SaisineStatusMapper StatusMapper { get; } = new(Hub.Mapping.Core.CodeTables.Default, Scope);
}
