namespace Hub.Sync.Survivorship;

/// <summary>Two sources disagreed on a top-level field: the value kept, the other one, and the rule that chose.</summary>
public sealed record FieldDisagreement(string Path, SourcedValue Kept, SourcedValue Other, string Rule);
