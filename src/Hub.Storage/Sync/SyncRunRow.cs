namespace Hub.Storage.Sync;

/// <summary>One run of one stream (scheduled, manual, or an inbound push), with its counts.</summary>
public sealed class SyncRunRow
{
    public required string Id { get; set; }

    public required string Connector { get; set; }

    public required string Stream { get; set; }

    /// <summary>scheduled, manual, push.</summary>
    public required string Trigger { get; set; }

    /// <summary>running, succeeded, failed, cancelled.</summary>
    public required string Status { get; set; }

    public DateTimeOffset StartedAt { get; set; }

    public DateTimeOffset? FinishedAt { get; set; }

    public int Pages { get; set; }

    public int RecordsRead { get; set; }

    public int RecordsWritten { get; set; }

    public int RecordsSkipped { get; set; }

    public int RecordsFailed { get; set; }

    public string? Error { get; set; }

    /// <summary>The node that ran it (clustered hubs).</summary>
    public string? Node { get; set; }
}
