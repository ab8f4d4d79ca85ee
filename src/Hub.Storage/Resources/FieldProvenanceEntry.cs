namespace Hub.Storage.Resources;

/// <summary>Which source last set one top-level field, when it changed it, and when the hub stored it.</summary>
public sealed record FieldProvenanceEntry(string Path, string Source, DateTimeOffset ChangedAt, DateTimeOffset RecordedAt);
