using System.Text.Json.Nodes;

namespace Hub.Storage.Resources;

/// <summary>Versioned document store of canonical resources (current + full history + search indexes).</summary>
public interface IResourceStore
{
    /// <summary>Stores a new resource with a server-assigned id as version 1.</summary>
    Task<WriteResult> CreateAsync(string resourceType, JsonObject resource, CancellationToken cancellationToken) =>
        CreateAsync(resourceType, resource, attribution: null, cancellationToken);

    /// <summary>Stores a new resource; its fields are stamped with <paramref name="attribution"/> (the hub itself when null).</summary>
    Task<WriteResult> CreateAsync(string resourceType, JsonObject resource, ResourceAttribution? attribution, CancellationToken cancellationToken);

    /// <summary>The current version, or <c>null</c>; a deleted resource comes back with <see cref="StoredResource.IsDeleted"/>.</summary>
    Task<StoredResource?> ReadAsync(string resourceType, string id, CancellationToken cancellationToken);

    /// <summary>Whether the resource exists and is not deleted, without reading its document.</summary>
    Task<bool> IsLiveAsync(string resourceType, string id, CancellationToken cancellationToken);

    Task<StoredResource?> ReadVersionAsync(string resourceType, string id, long versionId, CancellationToken cancellationToken);

    /// <summary>Replaces the content; creates the resource under <paramref name="id"/> when it does not exist and no version is expected.</summary>
    /// <param name="expectedVersionId">The version the caller read (<c>If-Match</c>); <c>null</c> means "whatever is current".</param>
    Task<WriteResult> UpdateAsync(string resourceType, string id, JsonObject resource, long? expectedVersionId, CancellationToken cancellationToken) =>
        UpdateAsync(resourceType, id, resource, expectedVersionId, attribution: null, cancellationToken);

    /// <summary>Replaces the content; the fields whose value changes are stamped with <paramref name="attribution"/>
    /// (the hub itself when null), see <see cref="Entities.FieldProvenanceRow"/>.</summary>
    Task<WriteResult> UpdateAsync(
        string resourceType, string id, JsonObject resource, long? expectedVersionId, ResourceAttribution? attribution, CancellationToken cancellationToken);

    Task<WriteResult> DeleteAsync(string resourceType, string id, long? expectedVersionId, CancellationToken cancellationToken);

    /// <summary>Who last set each top-level field of the current version, by path.</summary>
    Task<IReadOnlyList<FieldProvenanceEntry>> FieldProvenanceAsync(string resourceType, string id, CancellationToken cancellationToken);

    /// <summary>Every version, newest first.</summary>
    Task<Page<StoredResource>> HistoryAsync(string resourceType, string id, int offset, int count, CancellationToken cancellationToken);

    Task<Page<StoredResource>> SearchAsync(string resourceType, SearchQuery query, CancellationToken cancellationToken);

    /// <summary>Current resources of <paramref name="sourceType"/> that reference <paramref name="targetType"/>/<paramref name="targetId"/>,
    /// by hub id or by any of the target's identifiers (references written before the target existed).</summary>
    Task<IReadOnlyList<StoredResource>> ReferencingAsync(string sourceType, string targetType, string targetId, CancellationToken cancellationToken);

    /// <summary>The current resource holding identifier <paramref name="system"/>|<paramref name="value"/>, of
    /// <paramref name="resourceType"/> or of any type when null.</summary>
    /// <summary>The households whose planned, active or suspended accompaniment names the agent as référent, and their members.</summary>
    Task<CareScope> CareScopeOfAgentAsync(string subject, CancellationToken cancellationToken);

    /// <summary>Whether the resource is one of the scope's households or persons, or references one of them.</summary>
    Task<bool> IsInScopeAsync(string resourceType, string id, CareScope scope, CancellationToken cancellationToken);

    Task<(string ResourceType, string Id)?> FindByIdentifierAsync(string? resourceType, string system, string value, CancellationToken cancellationToken);

    /// <summary>Starts a write batch inside the caller's open transaction: writes stay in the unit of work until
    /// <see cref="FlushAsync"/>, identifier lookups are answered from the batch's cache (see <see cref="PrefetchIdentifiersAsync"/>).
    /// The sync pipeline saves a page at once this way instead of one round trip per resource.</summary>
    void BeginBatch();

    /// <summary>Loads into the batch's cache which resources hold these identifiers (one query per identifier system).</summary>
    Task PrefetchIdentifiersAsync(IEnumerable<(string System, string Value)> identifiers, CancellationToken cancellationToken);

    /// <summary>Whether the resource was written in the batch and not saved yet (read it only after <see cref="FlushAsync"/>).</summary>
    bool IsPending(string resourceType, string id);

    /// <summary>Saves what the batch holds (and anything else the unit of work tracks), in the caller's transaction.</summary>
    Task FlushAsync(CancellationToken cancellationToken);

    /// <summary>Ends the batch; call it after the last flush.</summary>
    void EndBatch();
}
