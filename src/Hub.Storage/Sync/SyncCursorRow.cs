namespace Hub.Storage.Sync;

/// <summary>Where an incremental stream resumes: written in the same transaction as the records of the page it follows.</summary>
public sealed class SyncCursorRow
{
    public required string Connector { get; set; }

    public required string Stream { get; set; }

    public string? Cursor { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>Newest source change seen on the stream (for lag = now − this).</summary>
    public DateTimeOffset? NewestChangeAt { get; set; }
}
