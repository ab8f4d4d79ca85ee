namespace Hub.Mapping.Core;

/// <summary>Per-field provenance: the canonical path (e.g. <c>Person.name.birthName</c>) and the source record it was read from.</summary>
/// <param name="ResourceKey">The mapped resource, by its business identifier (<c>system|value</c>) since hub ids do not exist yet.</param>
/// <param name="SourceField">The partner's field name, for people reading a conflict.</param>
public sealed record FieldProvenance(string ResourceKey, string Path, SourceRef Source, string? SourceField = null);
