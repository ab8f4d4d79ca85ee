namespace Hub.Storage.Resources;

/// <summary>What a write did (or why it did nothing).</summary>
public enum WriteOutcome
{
    Created,
    Updated,

    /// <summary>The new content equals the current one: no version was added (so partners are not re-notified).</summary>
    Unchanged,
    Deleted,
    NotFound,

    /// <summary>The expected version is not the current one (stale <c>If-Match</c> or a concurrent writer).</summary>
    VersionConflict,

    /// <summary>Another resource of the same type already holds one of the identifiers (system and value).</summary>
    DuplicateIdentifier,
}
