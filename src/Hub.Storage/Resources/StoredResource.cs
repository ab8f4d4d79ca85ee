namespace Hub.Storage.Resources;

/// <summary>One version of a resource as the store holds it; <see cref="Json"/> is what the API serves.</summary>
public sealed record StoredResource(
    string ResourceType,
    string Id,
    long VersionId,
    DateTimeOffset LastUpdated,
    bool IsDeleted,
    string Json)
{
    /// <summary>The weak entity tag FHIR uses for a version: <c>W/"3"</c>.</summary>
    public string ETag => $"W/\"{VersionId}\"";

    /// <summary>The relative URL of this version: <c>Person/abc/_history/3</c>.</summary>
    public string VersionPath => $"{ResourceType}/{Id}/_history/{VersionId}";
}
