namespace Hub.Storage.Resources;

/// <summary>The top-level properties of a stored resource that belong to the server, not to any source.</summary>
public static class ResourceFields
{
    public static bool IsServerOwned(string path) => path is "resourceType" or "id" or "meta";

    /// <summary>The source named by a <c>meta.source</c> URI (<c>urn:lda-hub:source:siao</c> → <c>siao</c>); the hub itself otherwise.</summary>
    public static string SourceOf(string? metaSource)
    {
        const string prefix = "urn:lda-hub:source:";
        return metaSource is not null && metaSource.StartsWith(prefix, StringComparison.Ordinal) && metaSource.Length > prefix.Length
            ? metaSource[prefix.Length..]
            : ResourceAttribution.Hub;
    }
}
