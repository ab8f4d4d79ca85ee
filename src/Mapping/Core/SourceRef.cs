namespace Hub.Mapping.Core;

/// <summary>Where a value came from: which partner, which of its records, and when the partner last changed it.</summary>
public sealed record SourceRef(string System, string RecordKind, string RecordId, DateTimeOffset? ModifiedAt)
{
    /// <summary>The <c>meta.source</c> URI of resources mapped from this system, e.g. <c>urn:lda-hub:source:siao</c>.</summary>
    public string MetaSource => $"urn:lda-hub:source:{System}";
}
