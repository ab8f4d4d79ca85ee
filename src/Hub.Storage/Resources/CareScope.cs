namespace Hub.Storage.Resources;

/// <summary>
/// The households a referent follows and their members: what a referent may see. A record is in scope when it is one
/// of these households or persons, or references one of them.
/// </summary>
public sealed record CareScope(IReadOnlySet<string> HouseholdIds, IReadOnlySet<string> PersonIds)
{
    public static CareScope Empty { get; } = new(new HashSet<string>(StringComparer.Ordinal), new HashSet<string>(StringComparer.Ordinal));

    public bool IsEmpty => HouseholdIds.Count == 0 && PersonIds.Count == 0;
}
