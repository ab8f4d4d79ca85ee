namespace Hub.Storage.Resources;

/// <summary>A bound on <c>_lastUpdated</c>; both ends optional, each inclusive or exclusive.</summary>
public sealed record DateRange(DateTimeOffset? After, bool AfterInclusive, DateTimeOffset? Before, bool BeforeInclusive);
