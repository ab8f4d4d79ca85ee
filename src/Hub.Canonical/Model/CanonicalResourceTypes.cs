using System.Collections.Frozen;
using System.Diagnostics.CodeAnalysis;

namespace Hub.Canonical.Model;

/// <summary>The ten canonical resource types: <c>resourceType</c> name to CLR type.</summary>
public static class CanonicalResourceTypes
{
    /// <summary>Every resource type, keyed by its <c>resourceType</c> (case-sensitive).</summary>
    public static IReadOnlyDictionary<string, Type> ByName { get; } = new Dictionary<string, Type>(StringComparer.Ordinal)
    {
        [Person.TypeName] = typeof(Person),
        [Household.TypeName] = typeof(Household),
        [Accompaniment.TypeName] = typeof(Accompaniment),
        [Orientation.TypeName] = typeof(Orientation),
        [HousingPlacement.TypeName] = typeof(HousingPlacement),
        [RightsStatus.TypeName] = typeof(RightsStatus),
        [TimelineEvent.TypeName] = typeof(TimelineEvent),
        [Consent.TypeName] = typeof(Consent),
        [Bundle.TypeName] = typeof(Bundle),
        [OperationOutcome.TypeName] = typeof(OperationOutcome),
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>The CLR type of <paramref name="resourceType"/>, if it is a canonical resource type.</summary>
    public static bool TryGetClrType(string resourceType, [NotNullWhen(true)] out Type? clrType) =>
        ByName.TryGetValue(resourceType, out clrType);
}
