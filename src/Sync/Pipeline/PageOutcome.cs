namespace Hub.Sync.Pipeline;

/// <summary>What one page did to the store.</summary>
public sealed record PageOutcome(int Read, int Written, int Skipped, int Failed, int Queued, string ArchiveKey);
