namespace Hub.Sync.DeadLetters;

public enum ReplayStatus
{
    Replayed,
    StillFailing,
    NotFound,
    NotOpen,
    EditNotSupported,
}

/// <summary>What a replay did: replayed (the record reached the store, or the delivery was queued again) or why not.</summary>
public sealed record ReplayResult(string Id, ReplayStatus Status, string? Reason = null);
