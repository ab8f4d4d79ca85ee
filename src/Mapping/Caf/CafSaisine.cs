using Hub.Mapping.Core;

namespace Hub.Mapping.Caf;

/// <summary>The CAF side of the saisine contract: RSA, PRIME_ACTIVITE, AAH, ASF, AIDE_LOGEMENT (APL/ALF/ALS), QF.</summary>
public static class CafSaisine
{
    public static SaisineMapper Mapper { get; } = new(CodeTables.Default, SaisineScope.Caf);

    public static SaisineStatusMapper StatusMapper { get; } = new(CodeTables.Default, SaisineScope.Caf);
}
