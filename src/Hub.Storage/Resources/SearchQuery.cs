namespace Hub.Storage.Resources;

/// <summary>A search over the current versions of one resource type.</summary>
/// <param name="Identifiers">Each inner list is OR-ed (a comma-separated parameter), the outer list AND-ed (repeated parameters).</param>
/// <param name="LastUpdated">Every range must hold.</param>
/// <param name="Within">When set (a referent), only records in that care scope.</param>
public sealed record SearchQuery(
    IReadOnlyList<IReadOnlyList<IdentifierToken>> Identifiers,
    IReadOnlyList<DateRange> LastUpdated,
    int Offset,
    int Count,
    CareScope? Within = null);
