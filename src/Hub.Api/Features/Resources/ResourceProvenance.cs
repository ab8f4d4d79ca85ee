using Hub.Storage.Resources;

namespace Hub.Api.Features.Resources;

/// <summary>The per-field provenance of a resource's current version.</summary>
public sealed record ResourceProvenance(string ResourceType, string Id, long VersionId, IReadOnlyList<FieldProvenanceEntry> Fields);
